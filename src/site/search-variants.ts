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
  /** The entry's display names: what a reader most likely means, so preferred as a suggestion. */
  names: string[];
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
    names: unique([entry.name.nl, entry.name.en]),
  };
}

/** Each entry by each of its spellings, compared as search compares them: made once per glossary, as the reader types. */
const spellingIndexes = new WeakMap<readonly VariantEntry[], ReadonlyMap<string, VariantEntry>>();
function spellingIndex(entries: readonly VariantEntry[]): ReadonlyMap<string, VariantEntry> {
  let index = spellingIndexes.get(entries);
  if (!index) {
    index = new Map(entries.flatMap((entry) => entry.spellings.map((spelling) => [normaliseQuery(spelling), entry] as const)));
    spellingIndexes.set(entries, index);
  }
  return index;
}

/**
 * The searches to run for what a reader typed: the query itself, and, where the query (or one of
 * its words, or the part before a hyphen as in `atacms-raket`) is a glossary spelling, the query with
 * that part replaced by each form the texts use. At most `limit` searches.
 */
export function expandQuery(query: string, entries: readonly VariantEntry[], limit = 12): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const bySpelling = spellingIndex(entries);

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
 * How many edits a misspelling of a word this long may be from what was meant: one in a short word
 * (so `Krim` is not taken for `Kyiv`), two from five letters, three from ten.
 */
export function allowedEdits(length: number): number {
  return length < 5 ? 1 : length < 10 ? 2 : 3;
}

/** Whether rank `a` comes before rank `b`, comparing their parts in order. */
function ranksBefore(a: readonly number[], b: readonly number[]): boolean {
  const index = a.findIndex((value, at) => value !== b[at]);
  return index !== -1 && (a[index] ?? 0) < (b[index] ?? 0);
}

/**
 * The glossary spelling closest to a query that found nothing (`Atacsm` → `Atacms`), within the
 * edits its length allows; among equally close ones an entry's name before its other spellings,
 * then one that starts with the same letter. Nothing for a stop word, a word of one or two letters,
 * or a query that is a glossary spelling already.
 */
export function suggestSpelling(query: string, entries: readonly VariantEntry[]): string | undefined {
  const wanted = normaliseQuery(query);
  if (wanted.length < 3 || stopWords.has(wanted)) return undefined;
  const limit = allowedEdits(wanted.length);
  let best: { spelling: string; rank: number[] } | undefined;
  for (const entry of entries) {
    const names = new Set(entry.names.map(normaliseQuery));
    for (const spelling of entry.spellings) {
      const candidate = normaliseQuery(spelling);
      if (candidate === wanted) return undefined;
      const edits = distance(wanted, candidate);
      if (edits > limit) continue;
      const rank = [edits, names.has(candidate) ? 0 : 1, candidate[0] === wanted[0] ? 0 : 1];
      if (!best || ranksBefore(rank, best.rank)) best = { spelling, rank };
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

/** A word of three letters or more that is no stop word. */
function carriesMeaning(word: string): boolean {
  const plain = normaliseQuery(word);
  return plain.length >= 3 && !stopWords.has(plain);
}

/** A number, such as the day in "30 mei 2023". */
const isNumber = (word: string) => /^\d+$/u.test(word);

/**
 * Whether a query says nothing search could use: only stop words and one- or two-letter words
 * ("de", "the", "was"), none of them a glossary spelling (`VS`) or a number. Searched anyway, it
 * would list every record and mark every "de".
 */
export function tooGeneral(query: string, entries: readonly VariantEntry[]): boolean {
  const spellings = spellingIndex(entries);
  const words = query.trim().split(/\s+/u).filter(Boolean);
  return words.length > 0 && !words.some((word) => carriesMeaning(word) || isNumber(word) || spellings.has(normaliseQuery(word)));
}

/**
 * The words to highlight on the page a result opens: each word of the searches run, once, without
 * stop words and one- or two-letter words (so "de" and "op" are not marked all over a passage),
 * except numbers (the day of a date) and glossary spellings such as `VS`.
 */
export function highlightWords(searches: readonly string[], entries: readonly VariantEntry[]): string[] {
  const spellings = spellingIndex(entries);
  return unique(searches.flatMap((search) => search.split(/\s+/u))).filter((word) => carriesMeaning(word) || isNumber(word) || spellings.has(normaliseQuery(word)));
}

/**
 * For a query of several words that the whole-query searches answer poorly (a question such as
 * "waarom levert Biden geen Atacms"): the searches for each word that carries meaning, each with
 * its glossary variants (`Atacms` → `ATACMS`). The page adds up a record's best score per word, so a
 * passage that holds more of the reader's words ranks higher. Empty for a single word.
 */
export function wordSearches(query: string, entries: readonly VariantEntry[]): string[][] {
  const words = query.trim().split(/\s+/u).filter(carriesMeaning);
  if (words.length < 2) return [];
  return unique(words).map((word) => expandQuery(word, entries, 4));
}

/** The words Pagefind marked in a result's excerpt (`… <mark>na</mark> de aanval …`). */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/gu)].flatMap((match) => (match[1] ?? '').split(/\s+/u)).filter(Boolean);
}

/** A word as search compares it: normalised, without the punctuation around it. */
const bare = (word: string) => normaliseQuery(word).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether a result holds one of the searched words, judged by what Pagefind marked in its excerpt:
 * a marked word must begin as a searched word does (its first four letters), as `drones` and
 * `droneaanval` begin as `drone`; a searched word shorter than that must be the marked word, or
 * its plural. Pagefind's Dutch stemmer cuts `Navo` to `na` and then matches every `na` ("after"),
 * and it completes `sea` to `seat`: such a result holds nothing the reader typed. The word being
 * typed (`typing`, the query's last) may be any start of a marked word, as Pagefind reads it:
 * `Poe` holds `Poetin`. A result with no marks in its excerpt is given the benefit of the doubt.
 */
export function holdsSearchedWord(marked: readonly string[], searches: readonly string[], typing = ''): boolean {
  if (marked.length === 0) return true;
  const searched = new Set(searches.flatMap((search) => search.split(/\s+/u)).map(bare).filter(Boolean));
  const typed = bare(typing);
  const holds = (word: string, wanted: string) => (wanted.length >= 4 ? word.startsWith(wanted.slice(0, 4)) : word === wanted || word === `${wanted}s`);
  return marked.map(bare).some((word) => (typed && word.startsWith(typed)) || [...searched].some((wanted) => holds(word, wanted)));
}
