/**
 * Builds a variant of the site with the real build command: a copy of the real content with a
 * fixture's files laid over it (the same content with one thing changed), into `work/dist`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { root } from '../../support/paths.ts';

export function buildWithOverlay(overlay: string, work: string) {
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  cpSync(overlay, content, { recursive: true });
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [join(root, 'src/cli/build.ts'), '--out-dir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DUIDING_CONTENT_DIR: content, DUIDING_CACHE_DIR: join(work, 'cache') },
  });
  // Astro colours its output where it detects CI; the reader sees the words, so compare those.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
}
