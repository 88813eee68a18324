/**
 * Ranking quality of search against an editor's judgements (tests/search/judgements.yaml): graded
 * relevance per query (3 the answer, 2 relevant, 1 related), scored as MRR (the first result graded
 * 2 or more) and nDCG@5 (gain 2^grade − 1, log2 discount). Pure: `npm run bench:search-quality`
 * feeds it the result lists the search page showed.
 */
export interface Judgement {
  id: string;
  query: string;
  lang: 'nl' | 'en';
  kind: string;
  set: 'tune' | 'held-out';
  /** Grade per result URL (path and #fragment, no query string). */
  relevant: Record<string, number>;
  note?: string;
}

/** A result URL as judged: path and fragment, without the highlight parameters the page adds. */
export function judgedUrl(href: string): string {
  const url = new URL(href, 'http://x');
  return `${url.pathname}${url.hash}`;
}

/** 1 / the rank of the first result graded 2 or more, or 0 when none is shown. */
export function reciprocalRank(results: readonly string[], relevant: Readonly<Record<string, number>>): number {
  const rank = results.findIndex((url) => (relevant[url] ?? 0) >= 2);
  return rank < 0 ? 0 : 1 / (rank + 1);
}

const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: readonly number[]) => grades.reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);

/** nDCG over the first `k` results: 1 when the best judged results come first, in order of grade. */
export function ndcgAt(k: number, results: readonly string[], relevant: Readonly<Record<string, number>>): number {
  const ideal = dcg(Object.values(relevant).sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) return 0;
  return dcg(results.slice(0, k).map((url) => relevant[url] ?? 0)) / ideal;
}

export interface Scored {
  judgement: Judgement;
  results: string[];
  rr: number;
  ndcg5: number;
}

/** The mean MRR and nDCG@5 of a group of scored queries. */
export function mean(scored: readonly Scored[]): { n: number; mrr: number; ndcg5: number } {
  const n = scored.length;
  const sum = (pick: (one: Scored) => number) => scored.reduce((total, one) => total + pick(one), 0);
  return { n, mrr: n ? sum((one) => one.rr) / n : 0, ndcg5: n ? sum((one) => one.ndcg5) / n : 0 };
}
