/**
 * `npm run lighthouse`: Lighthouse (mobile, default throttling) on one page of every type in both
 * languages, against `dist/` (built first if missing or stale) served on 127.0.0.1. Prints the
 * four scores with LCP, TBT, CLS and bytes per page, names every audit that cost a point, and
 * writes each full report as JSON to `.lighthouse/` (git-ignored).
 *
 * Usage: npm run lighthouse [-- PATH ...]   (default: every page type listed below)
 *
 * Performance is reported, not asserted: it depends on the machine. The end-to-end suite holds
 * accessibility, best practices and SEO at 100 (tests/e2e/lighthouse.test.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeTags, locales, pathFor } from '../i18n/routes.ts';
import { ensureBuilt } from '../tooling/ensure-built.ts';
import { pageHead } from '../tooling/page-head.ts';
import { audit, categories, launchForLighthouse, type Audit } from '../tooling/lighthouse-audit.ts';
import { serveDist } from '../tooling/serve-dist.ts';

const root = join(import.meta.dirname, '../..');
const dist = ensureBuilt(root);
const reports = join(root, '.lighthouse');
mkdirSync(reports, { recursive: true });

/** The first article and glossary entry the build wrote stand for their page types. */
const first = (folder: string) => readdirSync(join(dist, folder), { withFileTypes: true }).filter((entry) => entry.isDirectory())[0]?.name ?? '';
const slug = first('artikelen');
const id = first('begrippen');
// The entry's English slug is its own (`poetin` is `putin`): read from the Dutch page's alternates.
const english = pageHead(readFileSync(join(dist, 'begrippen', id, 'index.html'), 'utf8')).alternates.find(({ hreflang }) => hreflang === localeTags.en);
const entry = { nl: id, en: english ? (new URL(english.href).pathname.split('/').at(-2) ?? id) : id };

const pageTypes = locales.flatMap((locale) => [
  pathFor({ name: 'home' }, locale),
  pathFor({ name: 'article', slug }, locale),
  pathFor({ name: 'glossary' }, locale),
  pathFor({ name: 'glossaryEntry', slug: entry }, locale),
  pathFor({ name: 'timeline' }, locale),
  `${pathFor({ name: 'search' }, locale)}?q=Atacms`,
]);
// One not-found page serves both languages. Lighthouse scores a 404 status as an SEO failure by
// design, so the page itself is audited at its own address.
pageTypes.push('/404.html');
const requested = process.argv.slice(2);
const pages = requested.length > 0 ? requested : pageTypes;

const server = await serveDist(root, dist);
const chrome = await launchForLighthouse();
const results: Audit[] = [];
try {
  for (const path of pages) {
    const result = await audit(chrome, server.url + path);
    results.push(result);
    const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
    writeFileSync(join(reports, `${name}.json`), JSON.stringify(result.report));
    process.stderr.write('.');
  }
} finally {
  process.stderr.write('\n');
  chrome.kill();
  await server.stop();
}

const cell = (value: number | null | undefined, width = 5) => String(value ?? '—').padStart(width);
const where = (result: Audit) => `${new URL(result.url).pathname}${new URL(result.url).search}`;
const width = Math.max(...results.map((result) => where(result).length)) + 2;
console.log(`Lighthouse ${results[0]?.report.lighthouseVersion} on ${server.url} (mobile, simulated throttling)\n`);
console.log(`${'page'.padEnd(width)} perf  a11y    bp   seo  LCP ms  TBT ms    CLS     KB`);
for (const result of results) {
  const { scores } = result;
  console.log(
    `${where(result).padEnd(width)}${categories.map((category) => cell(scores[category])).join(' ')}` +
      `${cell(Math.round(result.lcpMs ?? 0), 8)}${cell(Math.round(result.tbtMs ?? 0), 8)}${(result.cls ?? 0).toFixed(3).padStart(7)}${((result.bytes ?? 0) / 1024).toFixed(1).padStart(7)}`,
  );
}
const below = results.flatMap((result) => result.failing.map((line) => `${new URL(result.url).pathname}  ${line}`));
console.log(below.length ? `\nAudits short of full marks:\n${below.join('\n')}` : '\nEvery audit passed on every page.');
console.log(`\nFull reports: ${reports}/`);
