/**
 * The build command (`src/cli/build.ts`) as a publisher meets it. Its builds are in this one file,
 * so they run one after another: Astro prerenders a build whose output lies outside the project
 * into the project's own .astro/ folder, and two at once would trip over each other.
 *
 * Broken content fails the real build with the file, the field and the fix, and the last good site
 * stays in place. Two builds prove the wiring of the three ways content is refused: a schema error
 * (Astro's content collections), and in one build a cross-check error (src/model/checks/) with a
 * published passage id gone (the ledger, content/published.json, read by src/model/store.ts).
 * Every other case in tests/fixtures/bad-content/ is asserted, message for message, by a unit test
 * of its schema or check, which needs no build; tests/unit/model/bad-content-fixtures.test.ts makes
 * sure no fixture is left without one.
 *
 * An incremental build (astro.config.mjs: `experimental.incrementalBuild`, and a `cacheKey` per
 * preview image) writes the same site as a cold build of the same content. The run's global setup
 * built, cold, the site (filling a cache) and the site with tests/fixtures/hostile-content/ laid
 * over it: an article, an entry and an event more. Here that second content is built again with a
 * copy of the first build's cache, as a host that keeps the cache would after a publication, and
 * must equal the cold build of the same content byte for byte, every file.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fileContents } from '../support/files.ts';
import { fixtures } from '../support/paths.ts';
import { build, buildWithOverlay, waitForBuild, type Build } from './support/build-overlay.ts';

const work = mkdtempSync(join(tmpdir(), 'duiding-build-command-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The global setup builds the hostile site while the first tests run; this file's builds wait for
// it to end, and the incremental build compares with it.
beforeAll(() => waitForBuild(inject('hostileReport'), 'The hostile content'), 130_000);

/** The real content with the given bad-content fixtures laid over it, built over a last good site. */
function buildWith(fixtureNames: string[]): Promise<Build> {
  const dir = join(work, 'bad-content', fixtureNames.join('+'));
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), 'last good site');
  return buildWithOverlay(fixtureNames.map((name) => join(fixtures, 'bad-content', name)), dir);
}

/**
 * Two builds: a schema error stops the content layer before anything else runs; the content
 * model's checks and the ledger's are reported together, so one build shows both. Per fixture: the
 * file the message must name, and what it must say about the field and the fix.
 */
const cases: Record<string, Record<string, [file: string, message: RegExp]>> = {
  'a schema error (Astro’s content layer)': {
    'malformed-date': ['drones-moskou-witte-huis.md', /published: "2023-13" is not a real date\. Write it as YYYY/],
  },
  'a cross-check error and a published passage gone (the content model’s checks, the ledger)': {
    'duplicate-alias': ['moskva.yaml', /moskva\.yaml → aliases\.nl\[1\]: "Moskou" is already an alias of "moskou"\. Keep it in one entry only/],
    'passage-id-changed': [
      'drones-moskou-witte-huis.md',
      /drones-moskou-witte-huis\.md → formerIds: the passage "#opvallend-is-dat-een-andere-belangrijke" was published \(\S*published\.json\) and is no longer in the article.*formerIds: \{ opvallend-is-dat-een-andere-belangrijke: opmerkelijk-is-dat-een-andere-belangrijke \}/,
    ],
  },
};

describe('a build with broken content', () => {
  test.each(Object.entries(cases))('%s fails with the file, the field and the fix, and keeps the last good site', async (_, expected) => {
    const { status, output, outDir } = await buildWith(Object.keys(expected));
    expect(status).not.toBe(0);
    for (const [file, message] of Object.values(expected)) {
      expect(output).toContain(file);
      expect(output).toMatch(message);
    }
    expect(output).toContain('previous site');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(join(dirname(outDir), '.dist-staging'))).toBe(false);
  });
});

const cold = { before: inject('outDir'), after: inject('hostileOutDir') };
let rebuilt: Build;

/** The preview images of a built site, by path. */
const previews = (dir: string) => new Map([...fileContents(dir)].filter(([path]) => path.startsWith('og/')));

describe('an incremental build', () => {
  beforeAll(async () => {
    const incremental = join(work, 'incremental');
    cpSync(inject('cacheDir'), join(incremental, 'cache'), { recursive: true });
    // The same content folder with the fixture's files added: nothing reads it after the setup's build.
    cpSync(join(fixtures, 'hostile-content'), inject('contentDir'), { recursive: true });
    rebuilt = await build(inject('contentDir'), join(incremental, 'cache'), join(incremental, 'dist'));
    if (rebuilt.status !== 0) throw new Error(`The rebuild failed:\n${rebuilt.output.slice(-3000)}`);
  }, 120_000);

  test('restores every preview whose card is unchanged from the cache, and draws the others', () => {
    // Only the previews have a cacheKey (their card's content hash): a card that looks the same
    // before and after the publication is restored, a new or changed one is drawn.
    const [before, after] = [previews(cold.before), previews(cold.after)];
    const unchanged = [...after].filter(([path, bytes]) => before.get(path)?.equals(bytes)).length;
    expect(unchanged).toBeGreaterThan(10);
    expect(unchanged).toBeLessThan(after.size);
    expect(rebuilt.output.match(/\(restored\)/g)).toHaveLength(unchanged);
  });

  test('writes the same files, byte for byte, as a cold build of the same content', () => {
    const [incremental, coldBuild] = [fileContents(rebuilt.outDir), fileContents(cold.after)];
    expect([...incremental.keys()].sort()).toEqual([...coldBuild.keys()].sort());
    const differing = [...coldBuild].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  test('publishes what the new content adds', () => {
    const page = readFileSync(join(rebuilt.outDir, 'artikelen', 'verdacht-bericht', 'index.html'), 'utf8');
    expect(page).toContain('<h1');
    expect(existsSync(join(cold.before, 'artikelen', 'verdacht-bericht', 'index.html'))).toBe(false);
  });
});
