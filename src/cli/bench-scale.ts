/**
 * `npm run bench:scale`: how the build grows with the content. For each article count (default 100
 * and 1000) it generates content (src/cli/scale-content.ts) into a temporary folder, runs the real
 * build and search indexing on it, and prints wall time, time per article, the peak memory of the
 * build's processes and the pages written, then the ratio of the largest to the smallest run.
 * A ratio near the ratio of article counts means the build grows linearly. Figures only.
 *
 * Usage: npm run bench:scale [-- COUNT ...]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlFiles } from '../tooling/html-files.ts';
import { generateContent } from '../tooling/scale-content.ts';

const root = join(import.meta.dirname, '../..');
const counts = process.argv.slice(2).map(Number).filter((count) => count > 0);
if (counts.length === 0) counts.push(100, 1000);

/** Resident memory of a process and all its descendants, from /proc (Linux), in bytes. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      // Field 4 of /proc/PID/stat is the parent; the name in field 2 may hold spaces, so split after ")".
      const parent = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // Gone already.
    }
    pending.push(...(children.get(current) ?? []));
  }
  return total;
}

interface Run {
  count: number;
  seconds: number;
  peakMb: number;
  pages: number;
}

async function buildOnce(count: number): Promise<Run> {
  const work = mkdtempSync(join(tmpdir(), `duiding-scale-${count}-`));
  try {
    const content = join(work, 'content');
    const generated = generateContent(join(root, 'content'), content, count);
    process.stdout.write(`${count} articles: generated ${generated.articles} articles and ${generated.events} events; building … `);
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'src/cli/build.ts'), '--out-dir', join(work, 'dist')], {
      cwd: root,
      env: { ...process.env, DUIDING_CONTENT_DIR: content, DUIDING_CACHE_DIR: join(work, 'cache') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid as number))), 250);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new Error(`The build of ${count} articles failed:\n${errors}`);
    const pages = htmlFiles(join(work, 'dist')).length;
    console.log(`${seconds.toFixed(1)} s`);
    return { count, seconds, peakMb: peak / 2 ** 20, pages };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const runs: Run[] = [];
for (const count of counts) runs.push(await buildOnce(count));

console.log('\narticles   pages   build s   ms/article   peak MB');
for (const run of runs) {
  console.log(
    `${String(run.count).padStart(8)}${String(run.pages).padStart(8)}${run.seconds.toFixed(1).padStart(10)}${((run.seconds * 1000) / run.count).toFixed(0).padStart(13)}${run.peakMb.toFixed(0).padStart(10)}`,
  );
}
const [smallest, largest] = [runs[0], runs.at(-1)];
if (smallest && largest && largest !== smallest) {
  console.log(
    `\n${largest.count}/${smallest.count}: build time × ${(largest.seconds / smallest.seconds).toFixed(1)} for × ${largest.count / smallest.count} the articles (linear would be ≤ ${largest.count / smallest.count}, plus fixed costs).`,
  );
}
