/**
 * The home page and the archive: articles newest first, each with its source line and whose words
 * its headline is. While there are few, the home page lists them all; once the archive has split
 * into periods (src/model/list-pages.ts), the home page lists the newest and the years, and each
 * archive page (`/archief/2023/05/`) its period's articles or the periods below it.
 */
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, localeTags, pathFor, type Route } from '../../i18n/routes.ts';
import { formatPreciseDate } from '../../text/precise-date.ts';
import { editionOf } from '../../model/edition.ts';
import { listSizes } from '../../model/list-pages.ts';
import { subPeriods } from '../../model/period-pages.ts';
import type { Article, Model } from '../../model/types.ts';
import { provenanceView, siteWords, translatedBy } from '../provenance.ts';
import { type PeriodNav, periodNav } from './period-nav.ts';

export interface ArticleListItem {
  href: string;
  /** The headline and standfirst in the page's language where it is translated (`lang` says which). */
  title: string;
  standfirst: string;
  lang: string;
  sourceLine: string;
  siteWords?: string | undefined;
  translatedBy?: string | undefined;
}

export interface HomeView {
  route: Route;
  /** "Artikelen: mei 2023" on an archive page; undefined on the home page. */
  title?: string | undefined;
  articles: ArticleListItem[];
  /** On the home page, once the archive has split: the archive page with the next article after the newest listed. */
  older?: { href: string; label: string } | undefined;
  nav: PeriodNav;
}

const routeOf = (period: string): Route => (period ? { name: 'archive', period } : { name: 'home' });

/** `getStaticPaths` of the archive's pages (its first page is the home page). */
export function archiveParams(model: Model) {
  return subPeriods(model.articlePages).map((period) => ({ params: { period } }));
}

function listItem(model: Model, article: Article, locale: Locale, t: ReturnType<typeof useTranslations>): ArticleListItem {
  const edition = editionOf(model, article.id, locale);
  return {
    href: pathFor({ name: 'article', slug: article.id }, locale),
    title: edition.title,
    standfirst: edition.standfirst,
    lang: edition.lang,
    translatedBy: translatedBy(edition, t),
    sourceLine: provenanceView(article.data, locale, t).line,
    siteWords: siteWords(article.data, t)?.label,
  };
}

/** The home page (`period` empty) or an archive page. */
export function homeView(model: Model, locale: Locale, period = ''): HomeView {
  const t = useTranslations(locale);
  const page = model.articlePages.find((candidate) => candidate.period === period);
  if (!page) throw new Error(`The archive has no page for "${period}".`);
  const nav = periodNav(model.articlePages, period, { hrefOf: (part) => pathFor(routeOf(part), locale), rootName: t('home.title'), countKey: 'archive.articleCount', locale, t });
  // Split into periods, the home page still opens on the newest articles.
  const split = !period && page.parts.length > 0;
  const articles = split ? model.articles.slice(0, listSizes.home) : page.items;
  const next = split ? model.articles[listSizes.home] : undefined;
  const olderPage = next && model.articlePages.find((candidate) => candidate.items.includes(next));
  return {
    route: routeOf(period),
    older: olderPage?.date && { href: pathFor(routeOf(olderPage.period), locale), label: t('home.older', { period: formatPreciseDate(olderPage.date, localeTags[locale]) }) },
    title: nav.current && t('archive.title', { period: nav.current.words }),
    articles: articles.map((article) => listItem(model, article, locale, t)),
    nav,
  };
}
