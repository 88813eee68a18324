/**
 * An incremental build (astro.config.mjs: `experimental.incrementalBuild`, and a `cacheKey` per
 * preview image) writes the same site as a cold build of the same content: a build, one article
 * retitled, a rebuild with the cache the first build left, against a build of the edited content
 * with an empty cache. Byte for byte, every file. Content: the scale bench's generator, small.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { editArticle, generateContent } from '../../src/tooling/scale-content.ts';
import { root } from '../support/paths.ts';
import { fileContents } from '../support/files.ts';

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

describe('an incremental build', () => {
  const content = join(work, 'content');
  generateContent(join(root, 'content'), content, 3);
  build(content, join(work, 'cache'), join(work, 'first'));
  editArticle(content, 'bericht-0002');
  // And an entry's short line, which its preview shows.
  const entry = join(content, 'glossary', 'waarnemersgroep-0001.yaml');
  writeFileSync(entry, readFileSync(entry, 'utf8').replace('die berichten van de schaaltest bevestigt', 'die de berichten van de schaaltest bevestigt'));
  const incremental = build(content, join(work, 'cache'), join(work, 'incremental'));
  build(content, join(work, 'cold-cache'), join(work, 'cold'));

  test('restores every unchanged preview from the cache and draws the changed one again', () => {
    // Only the previews have a cacheKey; of them, only the Dutch card of the edited entry changed
    // (an article's card shows its day and counts, not its title).
    const previews = [...fileContents(join(work, 'incremental')).keys()].filter((path) => path.startsWith('og/'));
    expect(previews.length).toBeGreaterThan(10);
    expect(incremental.match(/\(restored\)/g)).toHaveLength(previews.length - 1);
  });

  test('writes the same files, byte for byte, as a cold build of the same content', () => {
    const [rebuilt, cold] = [fileContents(join(work, 'incremental')), fileContents(join(work, 'cold'))];
    expect([...rebuilt.keys()].sort()).toEqual([...cold.keys()].sort());
    const differing = [...cold].filter(([path, bytes]) => !rebuilt.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  test('changes what the edit changes', () => {
    const page = readFileSync(join(work, 'incremental', 'artikelen', 'bericht-0002', 'index.html'), 'utf8');
    expect(page).toContain('(bijgewerkt)');
  });
});
