/**
 * Which preview image (Open Graph, Twitter card) belongs to which page, what it says and how its
 * `alt` text reads it. Pure: the layout asks for a page's image path and alt text, the
 * `/og/[...image].png` endpoint asks for the cards to draw, and both go through `ogImagePath` and
 * `ogImageFor`, so a page never links an image that was not built, nor describes another one.
 *
 * A link previewer already shows the page's title beside the image, so the card says what the title
 * does not: the kind of page, and a date or fact from the content (an article's day of publication
 * and what Duiding adds to it, an entry's short line, the timeline's span). Nothing is made up: each
 * value is one the page itself shows.
 */
import { createHash } from 'node:crypto';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { type Locale, localeTags, type Route } from '../i18n/routes.ts';
import { editionOf } from '../model/edition.ts';
import { entryRoute } from '../model/glossary-urls.ts';
import type { Model, TimelineEvent } from '../model/types.ts';
import { comparePreciseDates, formatPreciseDate, type PreciseDate, preciseDateEnd } from '../text/precise-date.ts';
import type { OgCard, OgStat } from './og-image.ts';
import { publicationDay } from '../model/publication-day.ts';
import { formatPublicationDay, translatedBy } from './provenance.ts';

/** The folder the endpoint writes into; `src/pages/og/` must match it. */
const base = '/og/';
const extension = '.png';

/**
 * The site-relative path of a page's preview image. Articles, glossary entries and the timeline
 * have their own; every other page (home, glossary index, search, about, 404) shares the site
 * image, so adding a page never needs a new image.
 */
export function ogImagePath(route: Route, locale: Locale): string {
  return `${base}${locale}/${imageName(route, locale)}${extension}`;
}

function imageName(route: Route, locale: Locale): string {
  switch (route.name) {
    case 'article':
      return `article/${encodeURIComponent(route.slug)}`;
    case 'glossaryEntry':
      // Named like the page: `/en/glossary/putin/` has `/og/en/glossary/putin.png`.
      return `glossary/${encodeURIComponent(route.slug[locale])}`;
    case 'timeline':
      return 'timeline';
    default:
      return 'site';
  }
}

/**
 * The `[...image]` parameter that makes the endpoint write the file at `ogImagePath`: the same
 * path without the folder and the extension (Astro appends `.png` from the file name).
 */
export function ogImageParam(route: Route, locale: Locale): string {
  return decodeURIComponent(ogImagePath(route, locale).slice(base.length, -extension.length));
}

export interface OgImage {
  /** The route whose path the image is written to (for the site image: home). */
  route: Route;
  card: OgCard;
  /** What the image shows, as a sentence: `og:image:alt` and `twitter:image:alt`. */
  alt: string;
}

/**
 * A card's content hash: what the image shows, and so the `cacheKey` under which Astro's
 * incremental build keeps the drawn PNG. Equal cards give the same image; how a card is drawn
 * (src/site/og-image.ts, its font) is in the route's dependency hash, which Astro checks too.
 */
export function ogCardHash(card: OgCard): string {
  return createHash('sha256').update(JSON.stringify(card)).digest('hex').slice(0, 16);
}

/** Every preview image of one interface language. */
export function ogImages(model: Model, locale: Locale): OgImage[] {
  const routes: Route[] = [
    { name: 'home' },
    ...model.articles.map(({ id }): Route => ({ name: 'article', slug: id })),
    ...model.glossary.map((entry) => entryRoute(entry)),
    { name: 'timeline' },
  ];
  return routes.map((route) => ogImageFor(model, route, locale));
}

/** The preview image of one page: its own for an article, entry or the timeline, else the site's. */
export function ogImageFor(model: Model, route: Route, locale: Locale): OgImage {
  const t = useTranslations(locale);
  switch (route.name) {
    case 'article':
      return articleImage(model, route.slug, locale, t);
    case 'glossaryEntry':
      // An entry's Dutch slug is its id (src/model/glossary-urls.ts).
      return entryImage(model, route.slug.nl, locale, t);
    case 'timeline':
      return timelineImage(model, locale, t);
    default:
      return siteImage(locale, t);
  }
}

const footerOf = (t: Translate) => `${t('site.name')} — ${t('site.tagline')}`;
const count = (value: number, locale: Locale) => new Intl.NumberFormat(localeTags[locale]).format(value);
/** A text as a sentence: with a full stop, unless it already ends in one. */
const sentence = (text: string) => (/[.!?…]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * An article: the day it appeared, as the page shows it ("≈ 31 mei 2023"), and what the page adds
 * to it: how many of its events are on the timeline and how many glossary entries it explains.
 */
function articleImage(model: Model, slug: string, locale: Locale, t: Translate): OgImage {
  const edition = editionOf(model, slug, locale);
  const { data } = edition.article;
  const day = formatPublicationDay(data, locale, t);
  // The same counts as the article page: the events whose quote is marked in this text, and the
  // glossary entries the text marks (src/site/views/article.ts).
  const marked = new Set(edition.analysis.evidence.map((mark) => mark.event));
  const events = (model.eventsByArticle.get(slug) ?? []).filter((event) => marked.has(event.id)).length;
  const terms = edition.analysis.notes.filter((id) => model.entryById.has(id)).length;
  const stats: OgStat[] = [
    ...(events > 0 ? [{ value: count(events, locale), label: t('og.articleEvents', { count: events }) }] : []),
    ...(terms > 0 ? [{ value: count(terms, locale), label: t('og.articleTerms', { count: terms }) }] : []),
  ];
  const note = edition.translation
    ? translatedBy(edition, t)
    : edition.lang !== locale
      ? t('og.inDutch')
      : undefined;
  const facts = new Intl.ListFormat(localeTags[locale], { type: 'conjunction' }).format(stats.map(({ value, label }) => `${value} ${label}`));
  // Read aloud, "≈" is "almost equal to": the alt text says "around" instead.
  const published = publicationDay(data);
  const spokenDay = published.derived ? t('og.around', { date: formatPreciseDate(published.date, localeTags[locale]) }) : day;
  const lead = t('og.alt.article', { date: spokenDay });
  return {
    route: { name: 'article', slug },
    card: { label: t('og.article'), kicker: t('og.published'), headline: day, stats, note, footer: footerOf(t), lang: locale },
    alt: [facts ? `${lead}: ${facts}.` : `${lead}.`, note && sentence(note)].filter(Boolean).join(' '),
  };
}

/** A glossary entry: its kind, its name, its short line (which carries its own dates) and its review day. */
function entryImage(model: Model, id: string, locale: Locale, t: Translate): OgImage {
  const entry = model.entryById.get(id);
  if (!entry) throw new Error(`There is no glossary entry "${id}".`);
  const { kind, name, short, reviewed } = entry.data;
  const kindName = t(`glossary.kind.${kind}`);
  const note = t('glossary.reviewed', { date: formatPreciseDate(reviewed, localeTags[locale]) });
  return {
    route: entryRoute(entry),
    card: { label: `${t('glossary.title')} · ${kindName}`, headline: name[locale], text: short[locale], note, footer: footerOf(t), lang: locale },
    alt: [
      `${t('og.alt.entry', { kind: kindName.toLocaleLowerCase(localeTags[locale]), name: name[locale] })}.`,
      sentence(short[locale]),
      sentence(note),
    ].join(' '),
  };
}

/** An event's date as the timeline shows it: at its precision, a week as "week van …", ≈ when derived. */
function eventDate(date: PreciseDate, approximate: boolean, locale: Locale, t: Translate): string {
  const formatted = formatPreciseDate(date, localeTags[locale]);
  const worded = date.precision === 'week' ? t('date.weekOf', { date: formatted }) : formatted;
  return approximate ? t('date.approximate', { date: worded }) : worded;
}

/**
 * The span the timeline covers: from its first event to the last day any event reaches (a
 * standing state's end when that is the latest), each at its own precision.
 */
export function timelineSpan(events: readonly TimelineEvent[], locale: Locale, t: Translate = useTranslations(locale)): string | undefined {
  // The earliest by date, not the first listed: a reaction is listed after what it reacts to.
  const first = events.reduce<TimelineEvent | undefined>(
    (earliest, event) => (!earliest || comparePreciseDates(event.data.date, earliest.data.date) < 0 ? event : earliest),
    undefined,
  );
  if (!first) return undefined;
  const ends = events.map((event) => {
    const { date, until, approximate } = event.data;
    return until ? { end: preciseDateEnd(until), date: until, approximate: false } : { end: preciseDateEnd(date), date, approximate };
  });
  const last = ends.reduce((latest, candidate) => (candidate.end > latest.end ? candidate : latest));
  const from = eventDate(first.data.date, first.data.approximate, locale, t);
  const until = eventDate(last.date, last.approximate, locale, t);
  return from === until ? from : t('og.span', { from, until });
}

/** The timeline: the span of its events and how many there are. */
function timelineImage(model: Model, locale: Locale, t: Translate): OgImage {
  const span = timelineSpan(model.timeline, locale, t);
  const events = model.timeline.length;
  const stats: OgStat[] = events > 0 ? [{ value: count(events, locale), label: t('og.events', { count: events }) }] : [];
  return {
    route: { name: 'timeline' },
    card: { label: t('timeline.title'), headline: span ?? t('timeline.title'), text: t('timeline.intro'), stats, footer: footerOf(t), lang: locale },
    alt: span ? t('og.alt.timeline', { span, events: t('og.eventCount', { count: events }) }) : sentence(t('timeline.intro')),
  };
}

/** The site image, for pages without their own: what Duiding is, in the home page's words. */
function siteImage(locale: Locale, t: Translate): OgImage {
  return {
    route: { name: 'home' },
    card: { label: '', headline: t('site.tagline'), text: t('home.what'), footer: t('site.name'), lang: locale },
    alt: `${sentence(t('site.tagline'))} ${sentence(t('home.what'))}`,
  };
}
