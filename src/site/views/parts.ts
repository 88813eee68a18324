/**
 * The pieces several page types show, resolved from the model into plain data: a glossary entry's
 * card, a fact with its source, a timeline event with its actors and evidence. Components take
 * these as props and never query content themselves.
 */
import type { ArticleData } from '../../model/schemas/article.ts';
import { editionOf } from '../../model/edition.ts';
import { entryRoute } from '../../model/glossary-urls.ts';
import { type Locale, localeTags, pathFor } from '../../i18n/routes.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Correction, SourceRef } from '../../model/schemas/fields.ts';
import type { GlossaryData } from '../../model/schemas/glossary.ts';
import type { TimelineData } from '../../model/schemas/timeline.ts';
import type { GlossaryEntry, Model, TimelineEvent } from '../../model/types.ts';
import { formatPreciseDate, type PreciseDate, preciseDateEnd } from '../../text/precise-date.ts';
import { formatFactTime, formatFactValue } from '../facts.ts';
import { publicationDay } from '../../model/publication-day.ts';
import { articleSourceLabel, translatedBy } from '../provenance.ts';

/** Where a fact or an event comes from: an article of this site (linked), or a named outside source. */
export type SourceView = { article: true; href: string; title: string } | { article: false; name: string; url?: string | undefined; date?: string | undefined };

export interface FactView {
  label: string;
  /** When it holds ("In mei 2023", "2021–2025"); none for a fact that does not change. */
  when?: string | undefined;
  value: string;
  source: SourceView;
}

/** What a term's card, its print endnote and its entry page's header show. */
export interface EntryCard {
  id: string;
  kind: GlossaryData['kind'];
  name: string;
  short: string;
  href: string;
  facts: FactView[];
}

export interface LinkView {
  name: string;
  href: string;
}

export interface EventView {
  id: string;
  date: PreciseDate;
  approximate: boolean;
  /** When a standing state ended. */
  until?: PreciseDate | undefined;
  /** True when the event came after every article it is tied to (its evidence, or the ones it updates). */
  afterArticle: boolean;
  kind: TimelineData['kind'];
  title: string;
  annotation: string;
  derivation?: string | undefined;
  actors: (LinkView & { id: string })[];
  /** The quote in its article, when the event is cited by one. */
  evidence?: { quote: string; lang: string; articleTitle: string; passageHref: string; translatedBy?: string | undefined } | undefined;
  source?: SourceView | undefined;
  corrections: readonly Correction[];
  /** The event on the timeline page. */
  href: string;
}

export function sourceView(model: Model, source: SourceRef, locale: Locale, t: Translate): SourceView {
  if ('article' in source) {
    const article = model.articleById.get(source.article);
    const title = article ? articleSourceLabel(article.data, locale, t) : source.article;
    return { article: true, href: pathFor({ name: 'article', slug: source.article }, locale), title };
  }
  return { article: false, name: source.name, url: source.url, date: source.date && formatPreciseDate(source.date, localeTags[locale]) };
}

export function entryCard(model: Model, entry: GlossaryEntry, locale: Locale, t: Translate): EntryCard {
  const { kind, name, short, facts } = entry.data;
  return {
    id: entry.id,
    kind,
    name: name[locale],
    short: short[locale],
    href: pathFor(entryRoute(entry), locale),
    facts: facts.map((fact) => ({
      label: fact.label[locale],
      when: formatFactTime(fact, locale, t),
      value: formatFactValue(fact.value, locale, t),
      source: sourceView(model, fact.source, locale, t),
    })),
  };
}

export function eventView(model: Model, event: TimelineEvent, locale: Locale, t: Translate): EventView {
  const { date, approximate, until, kind, title, annotation, derivation, actors, evidence, source, updates, corrections } = event.data;
  // The quote in the text a reader of this language gets: the translation's words where there is one.
  const edition = evidence && model.articleById.has(evidence.article) ? editionOf(model, evidence.article, locale) : undefined;
  const tiedTo = [...(evidence ? [evidence.article] : []), ...updates].flatMap((slug) => model.articleById.get(slug) ?? []);
  return {
    id: event.id,
    date,
    approximate,
    until,
    afterArticle: tiedTo.length > 0 && tiedTo.every((tied) => date.start >= preciseDateEnd(publicationDay(tied.data).date)),
    kind,
    title: title[locale],
    annotation: annotation[locale],
    derivation: derivation?.[locale],
    actors: actors.flatMap((id) => {
      const entry = model.entryById.get(id);
      return entry ? [{ id, name: entry.data.name[locale], href: pathFor(entryRoute(entry), locale) }] : [];
    }),
    evidence:
      evidence && edition
        ? {
            quote: (edition.translation && evidence.translation) || evidence.quote,
            lang: edition.lang,
            articleTitle: edition.title,
            passageHref: `${pathFor({ name: 'article', slug: evidence.article }, locale)}#quote-${event.id}`,
            translatedBy: translatedBy(edition, t),
          }
        : undefined,
    source: source && sourceView(model, source, locale, t),
    corrections,
    href: eventHref(model, event.id, locale),
  };
}

/** An article's topics in the page's language: a glossary entry by its name, linked; or the topic's own name. */
export function topicViews(model: Model, tags: ArticleData['tags'], locale: Locale): { name: string; href?: string | undefined }[] {
  return tags.map((tag) => {
    if (typeof tag !== 'string') return { name: tag[locale] };
    const entry = model.entryById.get(tag);
    return entry ? { name: entry.data.name[locale], href: pathFor(entryRoute(entry), locale) } : { name: tag };
  });
}

/** Where an event is shown in full: its anchor on the timeline page of its period (src/model/list-pages.ts). */
export function eventHref(model: Pick<Model, 'eventPeriod'>, id: string, locale: Locale): string {
  const period = model.eventPeriod.get(id);
  return `${pathFor(period ? { name: 'timelinePeriod', period } : { name: 'timeline' }, locale)}#${id}`;
}
