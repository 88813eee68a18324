/**
 * An incremental build (astro.config.mjs: `experimental.incrementalBuild`, and a `cacheKey` per
 * preview image) writes the same site as a cold build of the same content. A copy of the content
 * is edited (the article retitled, an entry's short line reworded, which its preview shows) and
 * built with an empty cache; the edit is undone and the copy built again with the cache that build
 * left. That rebuild must equal, byte for byte, every file of the run's own cold build of the
 * unedited content (global-setup.ts, which builds with an empty cache of its own).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { root } from '../support/paths.ts';
import { fileContents } from '../support/files.ts';
import { articlePath } from './support/article.ts';

const work = mkdtempSync(join(tmpdir(), 'duiding-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(content: string, cache: string, outDir: string): string {
  const result = spawnSync(process.execPath, [join(root, 'src/cli/build.ts'), '--out-dir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DUIDING_CONTENT_DIR: content, DUIDING_CACHE_DIR: cache },
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`The build failed:\n${output.slice(-3000)}`);
  return output;
}

/** Replaces `from` by `to` in a content file, and fails loudly when `from` is not there. */
function edit(content: string, file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} no longer holds "${from}"; pick another edit.`);
  writeFileSync(path, text.replace(from, to));
}

describe('an incremental build', () => {
  const content = join(work, 'content');
  const cache = join(work, 'cache');
  cpSync(join(root, 'content'), content, { recursive: true });
  edit(content, 'articles/drones-moskou-witte-huis.md', 'title: "Drones in Moskou', 'title: "Bijgewerkt: drones in Moskou');
  edit(content, 'glossary/atacms.yaml', 'Amerikaanse ballistische raket', 'Een Amerikaanse ballistische raket');
  build(content, cache, join(work, 'edited'));
  rmSync(content, { recursive: true });
  cpSync(join(root, 'content'), content, { recursive: true });
  const incremental = build(content, cache, join(work, 'incremental'));

  test('restores every unchanged preview from the cache and draws the changed one again', () => {
    // Only the previews have a cacheKey; of them, only the Dutch card of the edited entry changed
    // (an article's card shows its day and counts, not its title).
    const previews = [...fileContents(join(work, 'incremental')).keys()].filter((path) => path.startsWith('og/'));
    expect(previews.length).toBeGreaterThan(10);
    expect(incremental.match(/\(restored\)/g)).toHaveLength(previews.length - 1);
  });

  test('writes the same files, byte for byte, as a cold build of the same content', () => {
    const [rebuilt, cold] = [fileContents(join(work, 'incremental')), fileContents(inject('outDir'))];
    expect([...rebuilt.keys()].sort()).toEqual([...cold.keys()].sort());
    const differing = [...cold].filter(([path, bytes]) => !rebuilt.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  test('changes what the edit changes', () => {
    const page = (dir: string) => readFileSync(join(work, dir, articlePath.nl, 'index.html'), 'utf8');
    expect(page('edited')).toContain('Bijgewerkt: drones in Moskou');
    expect(page('incremental')).not.toContain('Bijgewerkt');
  });
});
