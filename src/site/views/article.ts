/** The article page: everything it shows, in one interface language, computed once per page. */
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, pathFor, type Route, siteUrl } from '../../i18n/routes.ts';
import type { ArticleData } from '../../model/schemas/article.ts';
import type { Model } from '../../model/types.ts';
import { articleHtml } from '../article-html.ts';
import { aboutLd, breadcrumbLd, newsArticleLd, type Thing } from '../json-ld.ts';
import { ogImagePath } from '../og-images.ts';
import { type EntryCard, entryCard, type EventView, eventView } from './parts.ts';

export interface ArticleView {
  route: Route;
  data: ArticleData;
  /** Says which of headline and standfirst the site wrote, if any. */
  bySite?: string | undefined;
  /** The body, marked, for this interface language. */
  html: string;
  /** The glossary entries the text marks, in order of first mention (cards and print endnotes). */
  cited: EntryCard[];
  /** The events the text quotes, oldest first. */
  events: EventView[];
  shareUrl: string;
  jsonLd: Thing[];
}

/** `getStaticPaths` of the article page in either language: one page per article. */
export function articleParams(model: Model) {
  return model.articles.map((article) => ({ params: { slug: article.id } }));
}

export function articleView(model: Model, slug: string, locale: Locale, site: URL | undefined): ArticleView {
  const article = model.articleById.get(slug);
  const analysis = model.analysisByArticle.get(slug);
  if (!article || !analysis) throw new Error(`There is no article "${slug}".`);
  const t = useTranslations(locale);
  const { data } = article;
  const route: Route = { name: 'article', slug };
  const absolute = (path: string) => siteUrl(path, site);
  const url = absolute(pathFor(route, locale));
  const cited = analysis.notes.flatMap((id) => {
    const entry = model.entryById.get(id);
    return entry ? [entryCard(model, entry, locale, t)] : [];
  });
  const marked = new Set(analysis.evidence.map((mark) => mark.event));
  const events = (model.eventsByArticle.get(slug) ?? []).filter((event) => marked.has(event.id)).map((event) => eventView(model, event, locale, t));
  const byKey = data.titleBy === 'site' ? (data.standfirstBy === 'site' ? 'article.writtenBySite' : 'article.titleBySite') : data.standfirstBy === 'site' ? 'article.standfirstBySite' : undefined;
  return {
    route,
    data,
    bySite: byKey && t(byKey),
    html: articleHtml(model, article, locale),
    cited,
    events,
    shareUrl: url,
    jsonLd: [
      newsArticleLd({
        headline: data.title,
        description: data.standfirst,
        datePublished: data.published.iso,
        inLanguage: data.lang,
        url,
        image: absolute(ogImagePath(route, locale)),
        publisher: { name: t('site.name'), url: absolute(pathFor({ name: 'home' }, locale)) },
        backstory: data.titleBy === 'site' ? t('article.titleBySite') : undefined,
        about: cited.map((entry) => aboutLd(entry.name, absolute(entry.href), entry.kind)),
      }),
      breadcrumbLd([
        { name: t('nav.home'), url: absolute(pathFor({ name: 'home' }, locale)) },
        { name: data.title, url },
      ]),
    ],
  };
}
