/**
 * `npm run build`: runs `astro build` into a staging folder and only then swaps it in for `dist/`,
 * so a failed build (broken content, a type error in a page, an indexing error) leaves the last
 * good site in place. Everything else, the search index and `_headers` included, is Astro's and its
 * integrations' work (src/integrations/), so a plain `astro build` makes the same site.
 *
 * Usage: node src/cli/build.ts [--out-dir DIR]
 * Environment: DUIDING_CONTENT_DIR (default ./content), SITE_URL (default http://localhost:4321).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

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

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
  cwd: root,
  stdio: 'inherit',
  // Astro asks a telemetry server otherwise; these machines have no network and need none.
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail(`astro build exited with ${astro.status ?? astro.signal}`);

// Swap: two renames on one file system, so `dist/` is never half-written.
rmSync(retired, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`Site built into ${outDir}`);
