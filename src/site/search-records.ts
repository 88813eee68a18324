/**
 * What search indexes, chosen on purpose: every passage of every article (down to its paragraph
 * id), every glossary entry and every timeline event, once per interface language, each with the
 * URL of the exact place. Navigation, footers, cards' duplicate text and the 404 page are not in it.
 * src/integrations/pagefind-index.ts hands them to Pagefind at the end of the build, each as a
 * small HTML document (`searchRecordHtml`), because only HTML carries Pagefind's weights.
 */
import { useTranslations } from '../i18n/index.ts';
import { type Locale, locales, pathFor } from '../i18n/routes.ts';
import { editionOf } from '../model/edition.ts';
import { entryRoute } from '../model/glossary-urls.ts';
import type { Model } from '../model/types.ts';
import { dateFilterValues } from '../text/query-date.ts';
import { entryCard, eventHref, sourceView } from './views/parts.ts';
import { eventDateWords } from './views/timeline-time.ts';

export const searchKinds = ['passage', 'term', 'event'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * How much a word counts, by where it stands (Pagefind's `data-pagefind-weight`, default 1), tuned
 * on the tuning half of tests/search/judgements.yaml (`npm run bench:search-quality`; nDCG@5 on it
 * went from 0.75 to 0.82 in Dutch and from 0.77 to 0.84 in English). The article's own words
 * count most; an entry's name counts as a page title does, so the entry named beats a passing
 * mention; its text, and a timeline event's, restate the article and name many others in passing.
 */
export const searchWeights = { passage: 2, name: 7, term: 0.5, event: 0.5 } as const;

/** One record: a passage, a glossary entry or a timeline event, in one language. */
export interface SearchRecord {
  url: string;
  /** Indexed at `searchWeights.name` and shown first in an excerpt: a glossary entry's name. */
  heading?: string;
  content: string;
  /** How much the words of `content` count (`searchWeights`). */
  weight: number;
  language: Locale;
  /** `section`: the sub-heading a passage stands under, if any. */
  meta: { title: string; kind: SearchKind; section?: string };
  /** `date`: an event's year, month and day (`2023`, `2023-05`, `2023-05-30`), so a date typed as a query finds the events of that day first. */
  filters: { kind: SearchKind[]; date?: string[] };
}

/** A title as a sentence of the text an excerpt is cut from: "… bij de droneaanvallen." */
const sentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);
/** An article's words as a quote, so an excerpt shows where they start and end. */
const quoted = (text: string | undefined) => text && `‘${text}’`;

/**
 * The records of a content model: passages from the articles' analyses (in English, the
 * translation's where there is one, so its words are found and stemmed as English), entries and
 * events from the model.
 */
export function searchRecordsOf(model: Model): SearchRecord[] {
  const { articles, glossary, timeline } = model;
  const records: SearchRecord[] = [];
  for (const language of locales) {
    for (const article of articles) {
      const edition = editionOf(model, article.id, language);
      const passages = edition.analysis.passages;
      let section: string | undefined;
      for (const passage of passages) {
        if (/^h[2-6]$/.test(passage.tagName)) section = passage.text;
        records.push({
          url: `${pathFor({ name: 'article', slug: article.id }, language)}#${passage.id}`,
          content: passage.text,
          weight: searchWeights.passage,
          language,
          meta: { title: edition.title, kind: 'passage', ...(section ? { section } : {}) },
          filters: { kind: ['passage'] },
        });
      }
    }
    const t = useTranslations(language);
    const sourceName = (view: ReturnType<typeof sourceView>) => (view.article ? view.title : [view.name, view.date].filter(Boolean).join(', '));
    for (const entry of glossary) {
      const { name, short, description } = entry.data;
      // What the entry page says, facts included ("Fabrikant: Lockheed Martin"), so a reader finds the
      // entry by what it tells. Its other spellings are not here: the search page searches every
      // variant (src/site/search-variants.ts), so `Putin` finds this record by `Poetin`, and an
      // excerpt never opens on a list of names.
      const facts = entryCard(model, entry, language, t).facts.map((fact) =>
        // A claim of the article says so, once: "Bereik volgens het artikel: zo’n 300 kilometer in mei 2023."
        fact.source.article
          ? t('search.factFromArticle', { label: fact.label, value: fact.value, when: fact.when ? ` ${fact.when}` : '', attribution: fact.label.includes(t('search.perArticle')) ? '' : `, ${t('search.perArticle')}` })
          : t('search.fact', { label: fact.label, value: fact.value, when: fact.when ? ` ${fact.when}` : '', source: sourceName(fact.source) }),
      );
      records.push({
        url: pathFor(entryRoute(entry), language),
        heading: name[language],
        content: [short[language], description[language], ...facts].join(' '),
        weight: searchWeights.term,
        language,
        meta: { title: name[language], kind: 'term' },
        filters: { kind: ['term'] },
      });
    }
    for (const event of timeline) {
      const { date, approximate, title, annotation, evidence, source } = event.data;
      records.push({
        url: eventHref(model, event.id, language),
        // The date as the page writes it ("30 mei 2023"), so a reader can search by day; the quote as
        // the page shows it (the translation's words on English pages where there are some); an
        // outside source by name.
        content: [
          `${eventDateWords(date, approximate, language, t)}.`,
          sentence(title[language]),
          annotation[language],
          quoted((language === 'en' && evidence?.translation) || evidence?.quote),
          source && t('search.source', { source: sourceName(sourceView(model, source, language, t)) }),
        ]
          .filter(Boolean)
          .join(' '),
        weight: searchWeights.event,
        language,
        meta: { title: title[language], kind: 'event' },
        filters: { kind: ['event'], date: dateFilterValues(date) },
      });
    }
  }
  return records;
}

const escapeHtml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * A record as the HTML document Pagefind indexes: its language, its meta and filters as `<meta>`
 * elements (read from their `content`, so they are never indexed as text), the heading and the
 * text with their weights. Every value is escaped: content is text, never markup.
 */
export function searchRecordHtml(record: SearchRecord): string {
  const metas = [
    ...Object.entries(record.meta).map(([key, value]) => ['data-pagefind-meta', key, value] as const),
    ...Object.entries(record.filters).flatMap(([key, values]) => values.map((value) => ['data-pagefind-filter', key, value] as const)),
  ].map(([attribute, key, value]) => `<meta ${attribute}="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`);
  const heading = record.heading ? `<h1 data-pagefind-weight="${searchWeights.name}">${escapeHtml(record.heading)}</h1>` : '';
  return (
    `<!doctype html><html lang="${record.language}"><head>${metas.join('')}</head>` +
    `<body><main data-pagefind-body>${heading}<p data-pagefind-weight="${record.weight}">${escapeHtml(record.content)}</p></main></body></html>`
  );
}
