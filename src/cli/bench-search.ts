/**
 * `npm run bench:search`: what a search costs a reader, side by side with what Pagefind itself
 * needs for the same work. Serves `dist/` (built first if missing or stale) on 127.0.0.1 and drives
 * Chromium. For each query:
 * - open: a shared link `/zoeken/?q=…` opened cold, from navigation to the first result shown;
 * - first typed: the first search on a freshly opened search page (Pagefind loaded, no index chunk
 *   yet), from the keystroke to the first page of results in the list; median of `firstRuns`
 *   fresh pages;
 * - warm UI: the same on a page that has searched before, median of `warmRuns` keystrokes;
 * - warm engine: Pagefind doing the same work on the same page, through the same module and
 *   worker: every search the UI runs for the query (its glossary variants) and the excerpts of the
 *   first page of results, median of `warmRuns`;
 * - KB: everything fetched for the first search (Pagefind's script, worker, wasm, index, results
 *   and the page's search script), raw and as sent compressed (gzip for text; Pagefind's own
 *   files are stored compressed and sent as they are).
 * Figures only; nothing here asserts a timing.
 *
 * Usage: npm run bench:search [-- --dist DIR]   (default: dist/, built first if stale)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expandQuery, type VariantEntry, wordSearches } from '../site/search-variants.ts';
import { launchChromium } from '../tooling/browser.ts';
import { ensureBuilt } from '../tooling/ensure-built.ts';
import { serveDist } from '../tooling/serve-dist.ts';

const root = join(import.meta.dirname, '../..');
// `--dist DIR` measures another built site (the scale bench's, kept with `--keep`) as it is.
const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const dist = values.dist ? resolve(values.dist) : ensureBuilt(root);

const queries = ['Atacms', 'Putin', 'Zelenskyy', 'kernwapen', 'White House', 'Storm Shadow', 'Kiev', 'waarom levert Biden geen Atacms'];
const firstRuns = 7;
const warmRuns = 50;
/** Results the page shows at once (src/scripts/search-page.ts). */
const pageSize = 10;

const server = await serveDist(root, dist);
const browser = await launchChromium();

/** Types `query` into the search box and returns the ms from the keystroke to the first page of results in the list. */
function typeAndTime(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        performance.clearMarks('duiding:search-shown');
        const observer = new PerformanceObserver((list) => {
          const shown = list.getEntries().find((entry) => entry.name === 'duiding:search-shown');
          if (!shown) return;
          observer.disconnect();
          resolve(shown.startTime - start);
        });
        observer.observe({ type: 'mark' });
        const input = document.querySelector<HTMLInputElement>('#search-q');
        if (!input) throw new Error('no search box');
        input.value = query;
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/**
 * Pagefind alone, in the same page and worker: the searches the UI runs for the query (its
 * variants; for a question that finds less than a page, one set per word as well), then the first
 * page's excerpts.
 */
function engineTime(page: Page, searches: string[], perWord: string[]): Promise<number> {
  return page.evaluate(
    async ({ searches, perWord, pageSize }) => {
      type Result = { id: string; score: number; data: () => Promise<unknown> };
      const script = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ script)) as { search: (term: string) => Promise<{ results: Result[] }> };
      const start = performance.now();
      const best = new Map<string, Result>();
      const merge = (responses: { results: Result[] }[]) => {
        for (const response of responses) for (const result of response.results) if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
      };
      merge(await Promise.all(searches.map((term) => pagefind.search(term))));
      if (best.size < pageSize && perWord.length > 0) merge(await Promise.all(perWord.map((term) => pagefind.search(term))));
      const shown = [...best.values()].sort((a, b) => b.score - a.score).slice(0, pageSize);
      await Promise.all(shown.map((result) => result.data()));
      return performance.now() - start;
    },
    { searches, perWord, pageSize },
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** Bytes as a host sends them: Pagefind's index, fragments and wasm are stored gzipped already. */
const sent = (path: string, data: Buffer) => (/\.(pf_\w+|pagefind)$/.test(path) ? data.length : gzipSync(data).length);

async function openSearchPage(): Promise<{ page: Page; close: () => Promise<void>; fetched: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}/zoeken/`, { waitUntil: 'networkidle' });
  return { page, fetched, close: () => context.close() };
}

console.log(`Search on ${server.url}/zoeken/ (Chromium, loopback). Medians: first typed of ${firstRuns} fresh pages, warm of ${warmRuns} runs.`);
console.log('query                            open  first  warm UI  warm engine  UI/engine  searches   KB raw  KB sent');
const rows: number[][] = [];
try {
  for (const query of queries) {
    // A shared link opened cold: everything counts, from navigation on.
    const cold = await browser.newContext();
    const coldPage = await cold.newPage();
    const fetched: string[] = [];
    coldPage.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await coldPage.goto(`${server.url}/zoeken/?q=${encodeURIComponent(query)}`);
    await coldPage.waitForFunction(() => performance.getEntriesByName('duiding:search-shown').length > 0, null, { timeout: 15_000 });
    const open = await coldPage.evaluate(() => performance.getEntriesByName('duiding:search-results')[0]?.startTime ?? Number.NaN);
    await cold.close();
    const files = [...new Set(fetched.filter((path) => path.startsWith('/pagefind/') || (path.startsWith('/_astro/') && path.endsWith('.js'))))].filter((path) => existsSync(join(dist, path)));
    const raw = files.reduce((sum, path) => sum + readFileSync(join(dist, path)).length, 0);
    const compressed = files.reduce((sum, path) => sum + sent(path, readFileSync(join(dist, path))), 0);

    const first: number[] = [];
    for (let run = 0; run < firstRuns; run++) {
      const fresh = await openSearchPage();
      first.push(await typeAndTime(fresh.page, query));
      await fresh.close();
    }

    const { page, close } = await openSearchPage();
    const variants = JSON.parse((await page.locator('#search-variants').textContent()) ?? '[]') as VariantEntry[];
    const searches = expandQuery(query, variants);
    const perWord = wordSearches(query, variants).flat();
    await typeAndTime(page, query);
    const ui: number[] = [];
    const engine: number[] = [];
    // Interleaved, so both meet the same state of the machine.
    for (let run = 0; run < warmRuns; run++) {
      ui.push(await typeAndTime(page, query));
      engine.push(await engineTime(page, searches, perWord));
    }
    await close();

    const row = [open, median(first), median(ui), median(engine), median(ui) / median(engine), searches.length + perWord.length, raw, compressed];
    rows.push(row);
    console.log(
      `${query.padEnd(31)} ${open.toFixed(0).padStart(5)}  ${median(first).toFixed(0).padStart(5)}  ${median(ui).toFixed(1).padStart(7)}  ${median(engine).toFixed(1).padStart(11)}  ${(median(ui) / median(engine)).toFixed(2).padStart(9)}  ${String(searches.length + perWord.length).padStart(8)}  ${kb(raw).padStart(7)}  ${kb(compressed).padStart(7)}`,
    );
  }
  const column = (index: number) => median(rows.map((row) => row[index] as number));
  console.log(
    `${'median'.padEnd(31)} ${column(0).toFixed(0).padStart(5)}  ${column(1).toFixed(0).padStart(5)}  ${column(2).toFixed(1).padStart(7)}  ${column(3).toFixed(1).padStart(11)}  ${column(4).toFixed(2).padStart(9)}  ${''.padStart(8)}  ${kb(column(6)).padStart(7)}  ${kb(column(7)).padStart(7)}`,
  );
  console.log('Targets (issue 15): warm UI ≤ 2× warm engine, first typed ≤ 100 ms, first search ≤ 90 KB sent.');
} finally {
  await browser.close();
  await server.stop();
}
