/**
 * What the search page lists for a query, and in what order, through Pagefind's browser API: the
 * query with each glossary spelling of its words (src/site/search-variants.ts), best score per
 * record; a date's events first; for a question, the records that hold most of its words; never a
 * result that holds none of the searched words; and for a misspelt name that finds nothing, what
 * its closest glossary spelling finds. `npm run bench:search-quality` scores this order.
 */
import { dateInQuery } from '../text/query-date.ts';
import { expandQuery, holdsSearchedWord, markedWords, suggestSpelling, type VariantEntry, wordSearches } from '../site/search-variants.ts';

/** Pagefind's browser API, as far as the search page uses it. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

export interface Found {
  /** Every result, best first. */
  ranked: PagefindResult[];
  /** Everything searched for, so the page a result opens can highlight it. */
  searches: string[];
  /** The glossary spelling whose results are shown because the query found nothing. */
  instead?: string | undefined;
}

const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;

/** The result with its excerpt loaded once, however often it is asked for. */
function remembered(result: PagefindResult): PagefindResult {
  let data: ReturnType<PagefindResult['data']> | undefined;
  return { ...result, data: () => (data ??= result.data()) };
}

export async function findResults(engine: Pagefind, query: string, variants: readonly VariantEntry[], filters: Record<string, string>, pageSize: number): Promise<Found> {
  /** One result per record, with its best score over all the spellings searched. */
  const bestOf = async (terms: readonly string[]) => {
    const best = new Map<string, PagefindResult>();
    for (const response of await Promise.all(terms.map((term) => engine.search(term, { filters })))) {
      for (const result of response.results) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
    }
    return best;
  };
  const searches = expandQuery(query, variants);
  // A date ("30 mei 2023", "May 2023"): the events of that day or month first, through Pagefind's
  // date filter (src/site/search-records.ts), ranked by the rest of the query if there is any.
  const dated = dateInQuery(query);
  const [best, onDate] = await Promise.all([
    bestOf(searches),
    dated ? engine.search(dated.rest || null, { filters: { ...filters, date: dated.date.iso } }).then((response) => response.results) : [],
  ]);
  const first = new Set(onDate.map((result) => result.id));
  const ranked = [...onDate, ...[...best.values()].sort(byScore).filter((result) => !first.has(result.id))];

  // A question or a phrase that few records hold whole: add the records that hold most of its
  // words, after the whole matches, ranked by their summed score per word.
  const perWord = ranked.length < pageSize ? wordSearches(query, variants) : [];
  if (perWord.length > 0) {
    const summed = new Map<string, { result: PagefindResult; words: number; score: number }>();
    for (const found of await Promise.all(perWord.map(bestOf))) {
      for (const result of found.values()) {
        const sum = summed.get(result.id);
        summed.set(result.id, { result, words: (sum?.words ?? 0) + 1, score: (sum?.score ?? 0) + result.score });
      }
    }
    const shown = new Set(ranked.map((result) => result.id));
    const byWordsThenScore = (a: { words: number; score: number }, b: { words: number; score: number }) => b.words - a.words || b.score - a.score;
    ranked.push(...[...summed.values()].filter(({ result }) => !shown.has(result.id)).sort(byWordsThenScore).map(({ result }) => result));
  }

  // Pagefind's stemmer can match a word nobody typed (`Navo` is cut to `na`, "after"): when the
  // best result holds none of the searched words, keep only those of the first page that do. The
  // first page's excerpts are loaded at once, in parallel, and kept for the page to show.
  const searched = [...searches, ...perWord.flat()];
  const firstPage = ranked.slice(0, pageSize).map(remembered);
  const typing = query.trim().split(/\s+/u).at(-1) ?? '';
  const holding = await Promise.all(firstPage.map(async (result) => holdsSearchedWord(markedWords((await result.data()).excerpt), searched, typing)));
  ranked.splice(0, ranked.length, ...(holding[0] === false ? firstPage.filter((_, index) => holding[index]) : [...firstPage, ...ranked.slice(pageSize)]));

  // Nothing at all for a misspelt name (Atakms): show what its closest glossary spelling finds, and say so.
  const instead = ranked.length === 0 ? suggestSpelling(query, variants) : undefined;
  if (!instead) return { ranked, searches: searched };
  const insteadSearches = expandQuery(instead, variants);
  return { ranked: [...(await bestOf(insteadSearches)).values()].sort(byScore), searches: [...searched, ...insteadSearches], instead };
}
