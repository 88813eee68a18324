/**
 * `npm run build`: builds the site into a staging folder, indexes it for search with Pagefind's
 * Node API, and only then swaps it in for `dist/`, so a failed build (broken content, a type error
 * in a page, an indexing error) leaves the last good site in place.
 *
 * Usage: node src/cli/build.ts [--out-dir DIR]
 * Environment: DUIDING_CONTENT_DIR (default ./content), SITE_URL (default http://localhost:4321).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { headersFile, pagePolicies } from '../tooling/headers-file.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(root, values['out-dir']);
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);
const retired = join(dirname(outDir), `.${basename(outDir)}-retired`);

function fail(reason: string): never {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `The previous site in ${outDir} was left as it was.` : 'No site was written.';
  console.error(`\nThe build failed (${reason}). ${kept}`);
  process.exit(1);
}

/** Indexes the search records the site wrote (src/site/search-records.ts), then removes them. */
async function index(): Promise<void> {
  const recordsFile = join(staging, 'search-records.json');
  const records: CustomRecord[] = JSON.parse(readFileSync(recordsFile, 'utf8'));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`Pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) fail(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
  if (written.errors.length > 0) fail(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  rmSync(recordsFile);
  // Pagefind also writes its ready-made search interfaces; the site has its own, so they would
  // only be dead weight in every deploy.
  for (const bundle of ['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui']) {
    for (const extension of ['js', 'css']) rmSync(join(staging, 'pagefind', `${bundle}.${extension}`), { force: true });
  }
  console.log(`Search: ${records.length} records indexed by Pagefind.`);
}

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
  cwd: root,
  stdio: 'inherit',
  // Astro asks a telemetry server otherwise; these machines have no network and need none.
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail(`astro build exited with ${astro.status ?? astro.signal}`);
await index();
// The pages' policies as headers too, for hosts that read a `_headers` file.
writeFileSync(join(staging, '_headers'), headersFile(pagePolicies(staging)));

// Swap: two renames on one file system, so `dist/` is never half-written.
rmSync(retired, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`Site built into ${outDir}`);
