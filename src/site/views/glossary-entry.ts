/**
 * A glossary entry's page: the entry, its facts with sources, the passages that mention it and its
 * events: all of them while they are few, the newest once they would outgrow a page, with search
 * for the rest (src/model/list-pages.ts).
 */
import type { Correction } from '../../model/schemas/fields.ts';
import { formatPreciseDate } from '../../text/precise-date.ts';
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, localeTags, pathFor, type Route, siteUrl } from '../../i18n/routes.ts';
import { editionOf } from '../../model/edition.ts';
import { listSizes } from '../../model/list-pages.ts';
import { entryRoute, entrySlugs } from '../../model/glossary-urls.ts';
import type { Model } from '../../model/types.ts';
import { translatedBy } from '../provenance.ts';
import { type QuotePart, quoteSentences } from '../../text/quote-sentences.ts';
import { aboutLd, breadcrumbLd, definedTermLd, type Thing } from '../json-ld.ts';
import { entryGeo } from '../maps/entry-geo.ts';
import { locatorMap } from '../maps/locator-map.ts';
import { rangeBands, rangeMap } from '../maps/range-map.ts';
import type { MapView } from '../maps/map-view.ts';
import { type EntryCard, entryCard, type EventView, eventView } from './parts.ts';

export interface GlossaryEntryView {
  /** The page's route, with the entry's slug in each language (canonical, alternates, language switch). */
  route: Route;
  entry: EntryCard;
  description: string;
  /** The entry's other names and spellings ("also written as"). */
  otherNames: string[];
  /** Each passage that mentions the entry: its sentences with the mentions marked, and a link to it. */
  mentions: { lang: string; articleTitle: string; href: string; sentences: QuotePart[][]; translatedBy?: string | undefined }[];
  /** How many passages mention the entry in all; the page quotes those of the newest articles only. */
  mentionCount: number;
  /** When not every passage is quoted: "Hieronder 25 van de 9.873, …" and a search for the rest. */
  moreMentions?: { note: string; search: { href: string; label: string } } | undefined;
  /** The latest events the entry takes part in, oldest first. */
  events: EventView[];
  /** When not every event is listed: "Hieronder de 20 laatste van de 412." and a search for the rest. */
  moreEvents?: { note: string; search: { href: string; label: string } } | undefined;
  /** A place's map, centred on it (also the Kremlin's, in Moscow); a weapon's range diagram, when its range is drawn. */
  map?: MapView | undefined;
  /** "Laatst gecontroleerd op …": the day an editor last checked every statement in the entry. */
  reviewedNote: string;
  corrections: readonly Correction[];
  jsonLd: Thing[];
}

/**
 * `getStaticPaths` of the entry page in one language: one page per entry, at its slug in that
 * language (the file name in Dutch, `slug.en` in English), with the entry's id for the view.
 */
export function glossaryEntryParams(model: Model, locale: Locale) {
  return model.glossary.map((entry) => ({ params: { slug: entrySlugs(entry)[locale] }, props: { id: entry.id } }));
}

export function glossaryEntryView(model: Model, id: string, locale: Locale, site: URL | undefined): GlossaryEntryView {
  const found = model.entryById.get(id);
  if (!found) throw new Error(`There is no glossary entry "${id}".`);
  const t = useTranslations(locale);
  const absolute = (path: string) => siteUrl(path, site);
  const entry = entryCard(model, found, locale, t);
  const { name, aliases, searchNames, description, reviewed, corrections } = found.data;
  const otherNames = [...new Set([name.nl, name.en, ...aliases.nl, ...aliases.en, ...searchNames])].filter((other) => other !== entry.name);
  const url = absolute(entry.href);
  const glossaryUrl = absolute(pathFor({ name: 'glossary' }, locale));
  const number = new Intl.NumberFormat(localeTags[locale]);
  // Newest articles first (the model's order); the list stops at a length every page can carry.
  const allMentions = model.mentionsByEntry[locale].get(id) ?? [];
  const mentions = allMentions.slice(0, listSizes.mentions);
  const allEvents = model.eventsByActor.get(id) ?? [];
  const events = allEvents.slice(-listSizes.entryEvents);
  // A capped list says how much it shows and searches for the rest, narrowed to the kind it holds.
  const more = (
    shown: number,
    total: number,
    note: 'glossary.mentionsShown' | 'glossary.eventsShown',
    kind: 'passage' | 'event',
    label: 'glossary.searchAll' | 'glossary.searchEvents',
  ) =>
    shown < total
      ? {
          note: t(note, { shown: number.format(shown), total: number.format(total) }),
          search: { href: `${pathFor({ name: 'search' }, locale)}?${new URLSearchParams({ q: entry.name, kind })}`, label: t(label, { name: entry.name }) },
        }
      : undefined;
  return {
    route: entryRoute(found),
    reviewedNote: t('glossary.reviewed', { date: formatPreciseDate(reviewed, localeTags[locale]) }),
    corrections,
    entry,
    description: description[locale],
    otherNames,
    mentionCount: allMentions.length,
    moreMentions: more(mentions.length, allMentions.length, 'glossary.mentionsShown', 'passage', 'glossary.searchAll'),
    moreEvents: more(events.length, allEvents.length, 'glossary.eventsShown', 'event', 'glossary.searchEvents'),
    // In the text a reader of this language gets: the translation's passages where there is one.
    mentions: mentions.map(({ article, lang, passage, passageText, ranges }) => {
      const edition = editionOf(model, article.id, locale);
      return {
        lang,
        articleTitle: edition.title,
        translatedBy: translatedBy(edition, t),
        href: `${pathFor({ name: 'article', slug: article.id }, locale)}#${passage}`,
        sentences: quoteSentences(passageText, ranges, lang),
      };
    }),
    events: events.map((event) => eventView(model, event, locale, t)),
    map: found.data.location
      ? locatorMap(
          model,
          { id: 'map-entry', entries: model.glossary.filter((other) => other.data.location), self: found, made: formatPreciseDate(reviewed, localeTags[locale]) },
          locale,
          t,
        )
      : rangeBands([found]).length > 0
        ? rangeMap(model, { id: 'map-entry', entries: [found], made: formatPreciseDate(reviewed, localeTags[locale]) }, locale, t)
        : undefined,
    jsonLd: [
      ...(entryGeo(model, found) ? [{ '@context': 'https://schema.org', ...aboutLd(entry.name, url, found.data.kind, entryGeo(model, found)) }] : []),
      definedTermLd({ name: entry.name, description: entry.short, url, alternateName: otherNames, termSet: { name: t('glossary.title'), url: glossaryUrl } }),
      breadcrumbLd([
        { name: t('nav.home'), url: absolute(pathFor({ name: 'home' }, locale)) },
        { name: t('glossary.title'), url: glossaryUrl },
        { name: entry.name, url },
      ]),
    ],
  };
}
