/**
 * `npm run bench:search-quality`: how well search ranks, against an editor's judgements
 * (tests/search/judgements.yaml). Serves `dist/` (built first if missing or stale), types each query
 * into the search page in Chromium, so the ranking measured is the one readers get (Pagefind with
 * the page's spelling variants and merge), reads the first ten results, and prints MRR and nDCG@5
 * per language and set (tuning and held-out), per kind of query, the worst queries, and what the
 * queries for things the site does not cover show. Figures only; nothing here asserts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { launchChromium } from '../tooling/browser.ts';
import { ensureBuilt } from '../tooling/ensure-built.ts';
import { type Judgement, judgedUrl, mean, ndcgAt, reciprocalRank, type Scored } from '../tooling/search-quality.ts';
import { serveDist } from '../tooling/serve-dist.ts';

const root = join(import.meta.dirname, '../..');
const dist = ensureBuilt(root);
const judgements = load(readFileSync(join(root, 'tests/search/judgements.yaml'), 'utf8')) as Judgement[];
const server = await serveDist(root, dist);
const browser = await launchChromium();

const searchPage = { nl: '/zoeken/', en: '/en/search/' } as const;

/** The first ten results the search page shows for `query`, as judged URLs. */
async function resultsFor(page: import('playwright-core').Page, query: string): Promise<string[]> {
  await page.evaluate(() => performance.clearMarks());
  await page.locator('#search-q').fill(query);
  // The page marks its first result (or none); the list is complete when it is no longer busy.
  await page.waitForFunction(
    () => performance.getEntriesByName('duiding:search-results').length > 0 && document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false',
    null,
    { timeout: 15_000 },
  );
  const hrefs = await page.locator('.search-results > li a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.slice(0, 10).map(judgedUrl);
}

const scored: Scored[] = [];
const absent: { judgement: Judgement; results: string[]; status: string }[] = [];
try {
  for (const lang of ['nl', 'en'] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${searchPage[lang]}`, { waitUntil: 'networkidle' });
    for (const judgement of judgements.filter((one) => one.lang === lang)) {
      const results = await resultsFor(page, judgement.query);
      if (judgement.kind === 'absent') {
        absent.push({ judgement, results, status: (await page.locator('#search-status').textContent()) ?? '' });
        continue;
      }
      scored.push({ judgement, results, rr: reciprocalRank(results, judgement.relevant), ndcg5: ndcgAt(5, results, judgement.relevant) });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const row = (label: string, group: Scored[]) => {
  const { n, mrr, ndcg5 } = mean(group);
  return `${label.padEnd(22)} ${String(n).padStart(3)}  ${mrr.toFixed(3)}  ${ndcg5.toFixed(3)}`;
};
console.log(`Search quality: ${scored.length} judged queries (+ ${absent.length} for things not covered), first 10 results, through the search page`);
console.log('group                    n    MRR   nDCG@5');
for (const lang of ['nl', 'en'] as const) {
  for (const set of ['tune', 'held-out'] as const) console.log(row(`${lang} ${set}`, scored.filter((one) => one.judgement.lang === lang && one.judgement.set === set)));
  console.log(row(`${lang} all`, scored.filter((one) => one.judgement.lang === lang)));
}
console.log(row('all', scored));
console.log('\nper kind (both languages, both sets)');
for (const kind of [...new Set(scored.map((one) => one.judgement.kind))].sort()) console.log(row(kind, scored.filter((one) => one.judgement.kind === kind)));
console.log('\nworst 12 by nDCG@5 (best-graded result, then the first three shown)');
for (const one of [...scored].sort((a, b) => a.ndcg5 - b.ndcg5 || a.rr - b.rr).slice(0, 12)) {
  const best = Object.entries(one.judgement.relevant).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  console.log(`${one.ndcg5.toFixed(2)} ${one.rr.toFixed(2)}  [${one.judgement.lang} ${one.judgement.set}] "${one.judgement.query}" → wants ${best}`);
  for (const url of one.results.slice(0, 3)) console.log(`        ${one.judgement.relevant[url] ?? 0}  ${url}`);
}
console.log('\nnot covered (no result is relevant): results shown and what the page says');
for (const { judgement, results, status } of absent) console.log(`  [${judgement.lang}] "${judgement.query}": ${results.length} shown; ${status.trim()}`);
console.log('\nTargets (issue 15): MRR ≥ 0.9 and nDCG@5 ≥ 0.85 in both languages.');
