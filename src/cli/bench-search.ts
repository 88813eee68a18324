/**
 * `npm run bench:search`: what a first and a later search cost a reader. Serves `dist/` (built
 * first if missing or stale) on 127.0.0.1, drives Chromium, and for each query prints, in a fresh browser
 * context (empty cache):
 * - open: a shared link `/zoeken/?q=…` opened cold, from navigation to the first result shown
 *   (page, Pagefind's script and wasm, index and first result all loaded on the way);
 * - typed: the first search typed on a freshly opened search page, from the search's start to the
 *   first result (index chunk and result loaded then; Pagefind itself loads when the page opens);
 * - warm: a second search on the same page;
 * - KB: everything fetched for the search (script, wasm, index, results), raw and gzipped.
 * Figures only; nothing here asserts a timing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tooling/browser.ts';
import { ensureBuilt } from '../tooling/ensure-built.ts';
import { serveDist } from '../tooling/serve-dist.ts';

const root = join(import.meta.dirname, '../..');
const dist = ensureBuilt(root);

const queries = ['Atacms', 'Putin', 'Zelenskyy', 'kernwapen', 'White House', 'Storm Shadow', 'Kiev'];
const warmQuery = 'Antonov';
const server = await serveDist(root, dist);
const browser = await launchChromium();

/** Types the query into the search page and returns the time from search start to first result. */
async function timeTypedSearch(page: import('playwright-core').Page, query: string): Promise<number> {
  await page.evaluate(() => performance.clearMarks());
  await page.getByRole('searchbox').first().fill(query);
  return searchTime(page);
}

async function searchTime(page: import('playwright-core').Page, from = 'duiding:search-start'): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('duiding:search-results').length > 0, null, { timeout: 15_000 });
  return page.evaluate((start) => {
    const begin = start ? (performance.getEntriesByName(start)[0]?.startTime ?? 0) : 0;
    return (performance.getEntriesByName('duiding:search-results')[0]?.startTime ?? 0) - begin;
  }, from);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const size = (paths: string[], pack: (data: Buffer) => number) =>
  [...new Set(paths)].reduce((sum, path) => sum + (existsSync(join(dist, path)) ? pack(readFileSync(join(dist, path))) : 0), 0);

console.log(`Search on ${server.url}/zoeken/ (Chromium, loopback, fresh context per query)`);
console.log('query          open ms  typed ms  warm ms   KB raw  KB gzip');
const rows: number[][] = [];
try {
  for (const query of queries) {
    // A shared link opened cold: everything counts, from navigation on.
    const cold = await browser.newContext();
    const coldPage = await cold.newPage();
    const fetched: string[] = [];
    coldPage.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await coldPage.goto(`${server.url}/zoeken/?q=${encodeURIComponent(query)}`);
    const open = await searchTime(coldPage, '');
    await cold.close();
    const searchFiles = fetched.filter((path) => path.startsWith('/pagefind/') || path.startsWith('/_astro/') && path.endsWith('.js'));
    const raw = size(searchFiles, (data) => data.length);
    const gzip = size(searchFiles, (data) => gzipSync(data).length);

    // Typed on a freshly opened search page, then a second search.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/zoeken/`, { waitUntil: 'networkidle' });
    const typed = await timeTypedSearch(page, query);
    const warm = await timeTypedSearch(page, warmQuery);
    await context.close();

    rows.push([open, typed, warm, raw, gzip]);
    console.log(
      `${query.padEnd(14)} ${open.toFixed(0).padStart(7)}  ${typed.toFixed(0).padStart(8)}  ${warm.toFixed(0).padStart(7)}  ${kb(raw).padStart(7)}  ${kb(gzip).padStart(7)}`,
    );
  }
  const median = (index: number) => [...rows.map((row) => row[index] as number)].sort((a, b) => a - b)[Math.floor(rows.length / 2)] as number;
  console.log(
    `median         ${median(0).toFixed(0).padStart(7)}  ${median(1).toFixed(0).padStart(8)}  ${median(2).toFixed(0).padStart(7)}  ${kb(median(3)).padStart(7)}  ${kb(median(4)).padStart(7)}`,
  );
  console.log('Targets: cold ≤ 150 ms, warm ≤ 20 ms, first search ≤ 150 KB.');
} finally {
  await browser.close();
  await server.stop();
}
