/** The RSS feed of articles for one interface language. */
import rss from '@astrojs/rss';
import { useTranslations } from '../i18n/index.ts';
import { getModel } from '../model/store.ts';
import { type Locale, localeTags, pathFor } from '../i18n/routes.ts';

export async function articleFeed(locale: Locale, site: URL | undefined): Promise<Response> {
  const t = useTranslations(locale);
  const { articles } = await getModel();
  return rss({
    title: `${t('site.name')}: ${t('site.tagline')}`,
    description: t('rss.description'),
    site: site ?? 'http://localhost:4321',
    customData: `<language>${localeTags[locale].toLowerCase()}</language>`,
    items: articles.map((article) => ({
      title: article.data.title,
      link: pathFor({ name: 'article', slug: article.id }, locale),
      // RSS wants a full date; a month-precise date is given as its first day.
      pubDate: article.data.published.start,
      description: article.data.standfirst,
      categories: article.data.tags,
    })),
  });
}
