/** The RSS feed of the newest articles for one interface language. */
import rss from '@astrojs/rss';
import { useTranslations } from '../i18n/index.ts';
import { editionOf } from '../model/edition.ts';
import { getModel } from '../model/store.ts';
import { publicationDay } from '../model/publication-day.ts';
import { listSizes } from '../model/list-pages.ts';
import { markedStandfirst, translatedBy } from './provenance.ts';
import { topicViews } from './views/parts.ts';
import { type Locale, localeTags, pathFor } from '../i18n/routes.ts';

export async function articleFeed(locale: Locale, site: URL | undefined): Promise<Response> {
  const t = useTranslations(locale);
  const model = await getModel();
  return rss({
    title: `${t('site.name')}: ${t('site.tagline')}`,
    description: t('rss.description'),
    // The channel links to the home page of its own language.
    site: new URL(pathFor({ name: 'home' }, locale), site ?? 'http://localhost:4321').href,
    customData: `<language>${localeTags[locale].toLowerCase()}</language>`,
    // The newest articles (a feed reader wants what is new, and the feed would otherwise grow with
    // the archive), each in the feed's language where it has a translation, in Dutch otherwise.
    items: model.articles.slice(0, listSizes.feed).map((article) => ({ article, edition: editionOf(model, article.id, locale) })).map(({ article, edition }) => ({
      title: edition.title,
      link: pathFor({ name: 'article', slug: article.id }, locale),
      // RSS wants a full day: the one the copy gives, or the one derived from the text (never a
      // month's first day, which can fall before the events reported).
      pubDate: publicationDay(article.data).date.start,
      description: [markedStandfirst(article.data, t, edition.standfirst), translatedBy(edition, t)?.concat('.')].filter(Boolean).join(' '),
      categories: topicViews(model, article.data.tags, locale).map((topic) => topic.name),
    })),
  });
}

