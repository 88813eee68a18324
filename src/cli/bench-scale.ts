/**
 * `npm run bench:scale`: how the build grows with the content. For each article count (default 100
 * and 1000) it generates content (src/tooling/scale-content.ts) into a temporary folder and runs the
 * real build (`src/cli/build.ts`: astro build with the search index) on it, cold, with an empty
 * cache folder; then it retitles one article and builds again with the cache the first build left,
 * as a host that keeps the cache folder would. It prints wall time, time per article, the peak
 * memory of the build's processes (Pagefind's indexer included), the pages and files written, the
 * largest page gzipped with its path, the search bundle, and the time of the rebuild; then the ratio
 * of the largest run to the smallest. Figures only.
 *
 * Usage: npm run bench:scale [-- COUNT ...] [--keep] [--no-rebuild]
 *   --keep        leave the work folders (content, dist, cache, the builds' logs) and print where they are
 *   --no-rebuild  only the cold build
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type DistStats, distStats } from '../tooling/dist-stats.ts';
import { editArticle, generateContent } from '../tooling/scale-content.ts';
import { samplePeak } from '../tooling/tree-memory.ts';

const root = join(import.meta.dirname, '../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false }, 'no-rebuild': { type: 'boolean', default: false } },
});
const counts = positionals.map(Number).filter((count) => count > 0);
if (counts.length === 0) counts.push(100, 1000);

interface Build {
  seconds: number;
  peakMb: number;
}

/** One run of the real build on `content` into `work/dist`, with `work/cache` as Astro's cache folder. */
async function build(work: string, content: string, log: string, logFile: string): Promise<Build> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'src/cli/build.ts'), '--out-dir', join(work, 'dist')], {
    cwd: root,
    env: { ...process.env, DUIDING_CONTENT_DIR: content, DUIDING_CACHE_DIR: join(work, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const peak = samplePeak(child.pid as number);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peakBytes = peak.stop();
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(join(work, logFile), output);
  if (status !== 0) throw new Error(`The ${log} failed:\n${output.slice(-4000)}`);
  return { seconds, peakMb: peakBytes / 2 ** 20 };
}

interface Run {
  count: number;
  cold: Build;
  rebuild?: Build | undefined;
  dist: DistStats;
}

async function benchOnce(count: number): Promise<Run> {
  const work = mkdtempSync(join(tmpdir(), `duiding-scale-${count}-`));
  try {
    const content = join(work, 'content');
    const generated = generateContent(join(root, 'content'), content, count);
    process.stdout.write(`${count} articles: generated ${generated.articles} articles (each with a translation), ${generated.events} events, ${generated.glossary} glossary entries; cold build … `);
    const cold = await build(work, content, `cold build of ${count} articles`, 'cold.log');
    const dist = distStats(join(work, 'dist'));
    process.stdout.write(`${cold.seconds.toFixed(1)} s`);
    let rebuild: Build | undefined;
    if (!values['no-rebuild']) {
      editArticle(content, `bericht-${String(Math.ceil(count / 2)).padStart(4, '0')}`);
      process.stdout.write('; one article retitled, rebuild … ');
      rebuild = await build(work, content, `rebuild of ${count} articles after one edit`, 'rebuild.log');
      process.stdout.write(`${rebuild.seconds.toFixed(1)} s`);
    }
    console.log(values.keep ? `\n  kept in ${work}` : '');
    return { count, cold, rebuild, dist };
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

const runs: Run[] = [];
const failed: { count: number; reason: string }[] = [];
for (const count of counts) {
  try {
    runs.push(await benchOnce(count));
  } catch (error) {
    // A failed count (out of memory, say) is a result too: say so and go on with the others.
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`\n${reason.slice(-2000)}`);
    failed.push({ count, reason: reason.split('\n')[0] ?? '' });
  }
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log('\narticles   pages   files  build s  ms/article  peak MB  rebuild s  rebuild MB  search files  search MB  largest page (gzip)');
for (const { count, cold, rebuild, dist } of runs) {
  console.log(
    [
      String(count).padStart(8),
      String(dist.pages).padStart(7),
      String(dist.files).padStart(7),
      cold.seconds.toFixed(1).padStart(8),
      ((cold.seconds * 1000) / count).toFixed(0).padStart(11),
      cold.peakMb.toFixed(0).padStart(8),
      (rebuild ? rebuild.seconds.toFixed(1) : '-').padStart(10),
      (rebuild ? rebuild.peakMb.toFixed(0) : '-').padStart(11),
      String(dist.search.files).padStart(13),
      mb(dist.search.bytes).padStart(10),
      `  ${(dist.largestPage.gzipBytes / 1024).toFixed(1)} KB ${dist.largestPage.path}`,
    ].join(''),
  );
}
for (const { count, reason } of failed) console.log(`${String(count).padStart(8)}  failed: ${reason}`);
const [smallest, largest] = [runs[0], runs.at(-1)];
if (smallest && largest && largest !== smallest) {
  console.log(
    `\n${largest.count}/${smallest.count}: build time × ${(largest.cold.seconds / smallest.cold.seconds).toFixed(1)} for × ${largest.count / smallest.count} the articles (linear would be ≤ ${largest.count / smallest.count}, plus fixed costs).`,
  );
}
