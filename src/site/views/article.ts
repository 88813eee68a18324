/** The article page: everything it shows, in one interface language, computed once per page. */
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, localeTags, pathFor, type Route, siteUrl } from '../../i18n/routes.ts';
import { type ArticleData, NOT_STATED } from '../../model/schemas/article.ts';
import type { Model } from '../../model/types.ts';
import { articleHtml } from '../article-html.ts';
import { articleMaps } from '../maps/article-maps.ts';
import { entryGeo } from '../maps/entry-geo.ts';
import type { MapView } from '../maps/map-view.ts';
import { aboutLd, breadcrumbLd, explainerLd, originalArticleLd, type Thing } from '../json-ld.ts';
import { ogImagePath } from '../og-images.ts';
import { editionOf } from '../../model/edition.ts';
import { publicationDay } from '../../model/publication-day.ts';
import { formatPreciseDate, type PreciseDate } from '../../text/precise-date.ts';
import { markedStandfirst, type ProvenanceView, provenanceView, siteWords, translatedBy } from '../provenance.ts';
import { type EntryCard, entryCard, type EventView, eventView, topicViews } from './parts.ts';

export interface ArticleView {
  route: Route;
  data: ArticleData;
  /** The text this page shows: the original, or its translation into the page's language. */
  edition: { lang: string; title: string; standfirst: string; caption?: string | undefined; translatedBy?: string | undefined };
  /**
   * When the article has a translation: what the page says about it ("Translated by Duiding from the
   * Dutch original …"), and its note. Otherwise, on a page in another language than the text, the
   * notice that the text is the original.
   */
  languageNote?: { notice: string; note?: string | undefined } | undefined;
  /** True when each paragraph has its counterpart in the other language (the side-by-side choice). */
  hasCounterparts: boolean;
  /** The topics, by name in the page's language, linked to their glossary entries. */
  topics: { name: string; href?: string | undefined }[];
  /**
   * "In brief": the reading time, the last days up to publication the text reports, each with its
   * events, and the maps under the article (they come after the text, so this says they are there).
   */
  brief: { readingTime: string; days: EventView[][]; maps: { href: string; title: string }[] };
  /** Says which of headline and standfirst the site wrote, if any; `siteWordsLabel` is its short form for the source line. */
  bySite?: string | undefined;
  siteWordsLabel?: string | undefined;
  /** The standfirst for previews, marked as the site's when it is. */
  description: string;
  /** The body, marked, for this interface language. */
  html: string;
  /** The glossary entries the text marks, in order of first mention (cards and print endnotes). */
  cited: EntryCard[];
  /** The events the text quotes, oldest first. */
  events: EventView[];
  /** Where the places it names lie, and what the weapons it weighs can reach (src/site/maps/). */
  maps: MapView[];
  /** Later developments that change how the article reads today ("Sindsdien"). */
  since: EventView[];
  provenance: ProvenanceView;
  /** The ISO day of publication (derived when the copy gives less), for `article:published_time`. */
  publishedDay: string;
  shareUrl: string;
  jsonLd: Thing[];
}

/** `getStaticPaths` of the article page in either language: one page per article. */
export function articleParams(model: Model) {
  return model.articles.map((article) => ({ params: { slug: article.id } }));
}

export function articleView(model: Model, slug: string, locale: Locale, site: URL | undefined): ArticleView {
  const edition = editionOf(model, slug, locale);
  const { article, analysis } = edition;
  const t = useTranslations(locale);
  const translation = model.translationByArticle.get(slug)?.translation;
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
  const since = (model.updatesByArticle.get(slug) ?? []).map((event) => eventView(model, event, locale, t));
  const publishedDay = publicationDay(data).date.iso;
  const stated = (value: string) => (value === NOT_STATED ? undefined : value);
  const bySite = siteWords(data, t, Boolean(edition.translation));
  const otherLocale = locale === 'nl' ? 'en' : 'nl';
  const formatDay = (date: PreciseDate) => formatPreciseDate(date, localeTags[locale]);
  const maps = articleMaps(model, article, analysis.notes, locale, t);
  return {
    route,
    data,
    edition: {
      lang: edition.lang,
      title: edition.title,
      standfirst: edition.standfirst,
      caption: edition.caption,
      translatedBy: translatedBy(edition, t),
    },
    languageNote: translation
      ? {
          notice: [
            t(edition.translation ? 'translation.notice' : 'translation.available', { translator: translation.data.translator, date: formatDay(translation.data.translated) }),
            translation.data.reviewed && t('translation.reviewed', { date: formatDay(translation.data.reviewed) }),
          ]
            .filter(Boolean)
            .join(' '),
          note: translation.data.note?.[locale],
        }
      : edition.lang !== locale
        ? { notice: t('language.articleIsDutch') }
        : undefined,
    hasCounterparts: Boolean(translation),
    topics: topicViews(model, data.tags, locale),
    brief: {
      readingTime: t('article.readingTime', { time: readingTime(edition.analysis.passages, locale) }),
      days: lastDays(events, publicationDay(data).date.start, 3),
      maps: maps.map((map) => ({ href: `#${map.id}-title`, title: map.title })),
    },
    bySite: bySite?.note,
    siteWordsLabel: bySite?.label,
    description: markedStandfirst(data, t, edition.standfirst),
    html: articleHtml(model, slug, locale),
    cited,
    events,
    maps,
    since,
    provenance: provenanceView(data, locale, t),
    publishedDay,
    shareUrl: url,
    jsonLd: [
      explainerLd({
        headline: edition.title,
        description: edition.standfirst,
        inLanguage: edition.lang,
        url,
        image: absolute(ogImagePath(route, locale)),
        site: { name: t('site.name'), url: absolute(pathFor({ name: 'home' }, locale)) },
        datePublished: data.addedOn.iso,
        dateModified: lastChange(data),
        backstory: bySite?.note,
        publishingPrinciples: absolute(pathFor({ name: 'about' }, locale)),
        isBasedOn: originalArticleLd({
          datePublished: publishedDay,
          inLanguage: data.lang,
          headline: stated(data.source.headline),
          publisher: stated(data.source.publisher),
          author: stated(data.source.author),
          url: stated(data.source.url),
        }),
        corrections: data.corrections.map((correction) => ({ text: `${correction.what[locale]} ${correction.why[locale]}`, datePublished: correction.date.iso })),
        about: cited.map((entry) => {
          const found = model.entryById.get(entry.id);
          return aboutLd(entry.name, absolute(entry.href), entry.kind, found && entryGeo(model, found));
        }),
        // The translation and the original point at each other.
        ...(translation &&
          (edition.translation
            ? { translationOf: { url: absolute(pathFor(route, otherLocale)), inLanguage: data.lang }, translator: translation.data.translator }
            : { translation: { url: absolute(pathFor(route, otherLocale)), inLanguage: 'en' } })),
      }),
      breadcrumbLd([
        { name: t('nav.home'), url: absolute(pathFor({ name: 'home' }, locale)) },
        { name: edition.title, url },
      ]),
    ],
  };
}

/** The day of the page's last review or correction, whichever is later. */
function lastChange(data: ArticleData): string {
  return data.corrections.reduce((latest, correction) => (correction.date.iso > latest ? correction.date.iso : latest), data.reviewed.iso);
}

/** Minutes at 200 words a minute, rounded up, as `Intl` writes them ("4 minuten", "4 minutes"). */
function readingTime(passages: readonly { text: string }[], locale: Locale): string {
  const words = passages.reduce((sum, passage) => sum + passage.text.split(/\s+/).filter(Boolean).length, 0);
  return new Intl.NumberFormat(localeTags[locale], { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Math.max(1, Math.ceil(words / 200)));
}

/**
 * The article's events with a day, grouped by day: the last `count` days up to `until`, oldest first;
 * within a day the events whose day is given come before those whose day is derived (≈).
 */
function lastDays(events: readonly EventView[], until: Date, count: number): EventView[][] {
  const days = new Map<string, EventView[]>();
  for (const event of events) {
    if (event.date.precision !== 'day' || event.date.start > until) continue;
    const list = days.get(event.date.iso) ?? [];
    list.push(event);
    days.set(event.date.iso, list);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(-count)
    .map(([, list]) => list.sort((a, b) => Number(a.approximate) - Number(b.approximate)));
}
