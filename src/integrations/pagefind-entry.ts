/**
 * Pagefind's `pagefind-entry.json`: the bundle's version and, per language, the name of its index
 * (`nl_641921453d`), its wasm and its page count. The search script reads it first and loads the
 * index of the page's language. When the languages are indexed one at a time into one folder
 * (pagefind-index.ts), each pass writes an entry with its own language only; joined, they are the
 * entry one pass over all records writes.
 */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [other: string]: unknown;
}

/** One entry listing every language of `entries` (in name order, as Pagefind lists them); they must share a version. */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first, ...rest] = entries;
  if (!first) throw new Error('Search: no Pagefind index was written.');
  for (const entry of rest) {
    if (entry.version !== first.version) throw new Error(`Search: Pagefind wrote indexes of two versions (${first.version}, ${entry.version}).`);
  }
  const languages = Object.fromEntries(
    entries.flatMap((entry) => Object.entries(entry.languages)).sort(([a], [b]) => a.localeCompare(b)),
  );
  return { ...first, languages };
}
