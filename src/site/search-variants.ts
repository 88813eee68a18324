/**
 * Spelling variants for search, derived from the glossary (the one source of truth): every name,
 * alias and search name of an entry leads to the forms the articles actually use, so `Putin` finds
 * the passages that say `Poetin` and `Poetins`. Pure: built at build time, used in the browser.
 */
import { distance } from 'fastest-levenshtein';

/** One glossary entry as search sees it. */
export interface VariantEntry {
  /** Every spelling a reader may type: names in both languages, aliases, search names. */
  spellings: string[];
  /** What to search for instead: the forms as they stand in the text, and the entry's names. */
  searches: string[];
}

/** Compares spellings without case, diacritics, apostrophe variants, hyphens or extra spaces. */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/gu, '')
    .replace(/[-‐–—_]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The values without repeats, comparing as search does (Pagefind ignores case and diacritics too). */
function unique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(normaliseQuery(value))) seen.set(normaliseQuery(value), value);
  return [...seen.values()];
}

/** The variant entry of one glossary entry. */
export function variantEntry(entry: { name: { nl: string; en: string }; aliases: { nl: readonly string[]; en: readonly string[] }; searchNames: readonly string[] }): VariantEntry {
  const aliases = [...entry.aliases.nl, ...entry.aliases.en];
  return {
    spellings: unique([entry.name.nl, entry.name.en, ...aliases, ...entry.searchNames]),
    searches: unique([...aliases, entry.name.nl, entry.name.en]),
  };
}

/**
 * The searches to run for what a reader typed: the query itself, and, where the query (or one of
 * its words, or the part before a hyphen as in `atacms-raket`) is a glossary spelling, the query with
 * that part replaced by each form the texts use. At most `limit` searches.
 */
export function expandQuery(query: string, entries: readonly VariantEntry[], limit = 12): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const bySpelling = new Map<string, VariantEntry>();
  for (const entry of entries) for (const spelling of entry.spellings) bySpelling.set(normaliseQuery(spelling), entry);

  const whole = bySpelling.get(normaliseQuery(trimmed)) ?? bySpelling.get(normaliseQuery(trimmed.split('-')[0] ?? ''));
  if (whole) return unique([trimmed, ...whole.searches]).slice(0, limit);

  // Otherwise look for glossary spellings among the words, longest first (up to four words).
  const words = trimmed.split(/\s+/u);
  let queries = [''];
  for (let index = 0; index < words.length; ) {
    let found: { entry: VariantEntry; length: number } | undefined;
    for (let length = Math.min(4, words.length - index); length > 0 && !found; length--) {
      const entry = bySpelling.get(normaliseQuery(words.slice(index, index + length).join(' ')));
      if (entry) found = { entry, length };
    }
    const literal = words.slice(index, index + (found?.length ?? 1)).join(' ');
    const options = found ? unique([literal, ...found.entry.searches]) : [literal];
    queries = queries.flatMap((prefix) => options.map((option) => `${prefix} ${option}`.trim())).slice(0, limit);
    index += found?.length ?? 1;
  }
  return unique([trimmed, ...queries]).slice(0, limit);
}

/**
 * The glossary spelling closest to a query that found nothing (`Atacsm` → `Atacms`), within an
 * edit distance of `maxDistance`; undefined when none is that close.
 */
export function suggestSpelling(query: string, entries: readonly VariantEntry[], maxDistance = 2): string | undefined {
  const wanted = normaliseQuery(query);
  if (wanted.length < 3) return undefined;
  let best: { spelling: string; distance: number } | undefined;
  for (const entry of entries) {
    for (const spelling of entry.spellings) {
      const candidate = normaliseQuery(spelling);
      if (candidate === wanted) return undefined;
      const score = distance(wanted, candidate);
      if (score <= maxDistance && (!best || score < best.distance)) best = { spelling, distance: score };
    }
  }
  return best?.spelling;
}

/** Words that say nothing about what a reader looks for, in both languages (question words included). */
const stopWords = new Set(
  ('de het een en of in op aan van voor met over om te tot bij door naar als dat die dit deze is was zijn werd wordt ' +
    'wie wat waar waarom wanneer hoe hoeveel welke niet geen wel ook nog dan er zo heeft had hebben kan zou ' +
    'the a an and or in on at of for with about to by from as that this these is was are were be been ' +
    'who what where why when how which not no did does do has have had can could would will it its')
    .split(' '),
);

/**
 * For a query of several words that the whole-query searches answer poorly (a question such as
 * "waarom levert Biden geen Atacms"): the searches for each word that carries meaning, each with
 * its glossary variants (`Atacms` → `ATACMS`). The page adds up a record's best score per word, so a
 * passage that holds more of the reader's words ranks higher. Empty for a single word.
 */
export function wordSearches(query: string, entries: readonly VariantEntry[]): string[][] {
  const words = query
    .trim()
    .split(/\s+/u)
    .filter((word) => normaliseQuery(word).length >= 3 && !stopWords.has(normaliseQuery(word)));
  if (words.length < 2) return [];
  return unique(words).map((word) => expandQuery(word, entries, 4));
}
