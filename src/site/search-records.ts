/**
 * What search indexes, chosen on purpose: every passage of every article (down to its paragraph
 * id), every glossary entry and every timeline event, once per interface language, each with the
 * URL of the exact place. Navigation, footers, cards' duplicate text and the 404 page are not in it.
 * src/integrations/pagefind-index.ts hands them to Pagefind at the end of the build.
 */
import { type Locale, locales, pathFor } from '../i18n/routes.ts';
import { getModel } from '../model/store.ts';
import { editionOf } from '../model/edition.ts';
import { entryRoute } from '../model/glossary-urls.ts';
import type { Model } from '../model/types.ts';

export const searchKinds = ['passage', 'term', 'event'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** One Pagefind custom record. */
export interface SearchRecord {
  url: string;
  content: string;
  language: Locale;
  /** `section`: the sub-heading a passage stands under, if any. */
  meta: { title: string; kind: SearchKind; section?: string };
  filters: { kind: SearchKind[] };
}

/** The records of this build's content. */
export async function searchRecords(): Promise<SearchRecord[]> {
  return searchRecordsOf(await getModel());
}

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
          language,
          meta: { title: edition.title, kind: 'passage', ...(section ? { section } : {}) },
          filters: { kind: ['passage'] },
        });
      }
    }
    for (const entry of glossary) {
      const { name, aliases, searchNames, short, description } = entry.data;
      const names = [...new Set([name[language], name.nl, name.en, ...aliases.nl, ...aliases.en, ...searchNames])];
      records.push({
        url: pathFor(entryRoute(entry), language),
        // The page shows the same names ("also written as"), so the excerpt shows nothing hidden.
        content: `${names.join(', ')}. ${short[language]} ${description[language]}`,
        language,
        meta: { title: name[language], kind: 'term' },
        filters: { kind: ['term'] },
      });
    }
    for (const event of timeline) {
      const { title, annotation, evidence } = event.data;
      records.push({
        url: `${pathFor({ name: 'timeline' }, language)}#${event.id}`,
        // The quote as the page shows it: the translation's words on English pages where there are some.
        content: [title[language], annotation[language], (language === 'en' && evidence?.translation) || evidence?.quote].filter(Boolean).join(' '),
        language,
        meta: { title: title[language], kind: 'event' },
        filters: { kind: ['event'] },
      });
    }
  }
  return records;
}
