/**
 * Broken content fails the real build (`src/cli/build.ts`) with the file, the field and the fix,
 * and the last good site stays in place. Three cases prove the wiring, one per way content is
 * refused: a schema error (Astro's content collections), a cross-check error (src/model/checks/),
 * and a published passage id gone (the ledger, content/published.json, read by src/model/store.ts).
 * Every other case in tests/fixtures/bad-content/ is asserted, message for message, by a unit test
 * of its schema or check, which needs no build; tests/unit/model/bad-content-fixtures.test.ts makes
 * sure no fixture is left without one.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixtures } from '../support/paths.ts';
import { buildWithOverlay } from './support/build-overlay.ts';

const work = mkdtempSync(join(tmpdir(), 'duiding-bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(fixture: string) {
  const outDir = join(work, fixture, 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'last good site');
  return buildWithOverlay(join(fixtures, 'bad-content', fixture), join(work, fixture));
}

/** Per case: the file the message must name, and what it must say about the field and the fix. */
const expectations: Record<string, [file: string, message: RegExp]> = {
  // A schema error, reported by Astro's content layer.
  'malformed-date': ['drones-moskou-witte-huis.md', /published: "2023-13" is not a real date\. Write it as YYYY/],
  // A cross-check error, reported by the content checks after the schemas passed.
  'duplicate-alias': ['moskva.yaml', /→ aliases\.nl\[1\]: "Moskou" is already an alias of "moskou"\. Keep it in one entry only/],
  // A check against the ledger of what was published.
  'passage-id-changed': [
    'drones-moskou-witte-huis.md',
    /→ formerIds: the passage "#opvallend-is-dat-een-andere-belangrijke" was published \(\S*published\.json\) and is no longer in the article.*formerIds: \{ opvallend-is-dat-een-andere-belangrijke: opmerkelijk-is-dat-een-andere-belangrijke \}/,
  ],
};

describe('a build with broken content', () => {
  test.each(Object.entries(expectations))('%s fails with the file, the field and the fix, and keeps the last good site', (fixture, [file, message]) => {
    const { status, output, outDir } = buildWith(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(message);
    expect(output).toContain('previous site');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(join(work, fixture, '.dist-staging'))).toBe(false);
  });
});
