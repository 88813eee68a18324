/**
 * For the measuring scripts: builds `dist/` with the real build command when it is missing or
 * older than any source (src, content, public, astro.config.mjs), so figures are always of the
 * current site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

export function ensureBuilt(root: string): string {
  const dist = join(root, 'dist');
  const built = join(dist, 'pagefind', 'pagefind-entry.json');
  const sources = ['src', 'content', 'public', 'astro.config.mjs'].map((name) => newestChange(join(root, name)));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources)) return dist;
  console.log('dist/ is missing or older than the sources: building it first.');
  const build = spawnSync(process.execPath, [join(root, 'src/cli/build.ts')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  return dist;
}
