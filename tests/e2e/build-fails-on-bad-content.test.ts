/**
 * Broken content fails the real build (`src/cli/build.ts`) with the file, the field and the fix,
 * and the last good site stays in place. Each case in tests/fixtures/bad-content/ holds files that
 * are laid over a copy of the real content: the same content with one thing broken.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  'missing-title': ['drones-moskou-witte-huis.md', /title: is missing\. Add the headline/],
  'malformed-date': ['drones-moskou-witte-huis.md', /published: "2023-13" is not a real date\. Write it as YYYY/],
  'unknown-field': ['drones-moskou-witte-huis.md', /auteur: is not a known field\. Remove it or fix its spelling/],
  'empty-body': ['drones-moskou-witte-huis.md', /→ body: the article has no text\. Paste the article's paragraphs/],
  'duplicate-alias': ['moskva.yaml', /→ aliases\[1\]: "Moskou" is already an alias of "moskou"\. Keep it in one entry only/],
  'glossary-missing-english': ['kernwapens.yaml', /name\.en: is missing\. Add the display name in English/],
  'timeline-quote-changed': ['2023-05-30-droneaanval-moskou.yaml', /→ evidence\.quote: "Moskou was dinsdag het doelwit van een grootscheepse droneaanval\." is not in the article/],
  'article-raw-html': ['kort-bericht.md', /→ body \(line 8\): raw HTML \(<script…>\) is never published\. If it is part of the text, escape/],
  'article-javascript-link': ['kort-bericht.md', /→ body \(line 8\): the link "het persbureau" is a "javascript:" link, which could run code\. Link to an http/],
  'source-javascript-url': ['atacms.yaml', /facts\.2\.source\.url: must be a full http:\/\/ or https:\/\/ URL of the source/],
  'timeline-unknown-actor': ['2023-05-storm-shadow-geleverd.yaml', /→ actors\[1\]: there is no glossary entry "stormshadow"/],
};

describe('a build with broken content', () => {
  test('covers every fixture', () => {
    expect(readdirSync(join(fixtures, 'bad-content')).sort()).toEqual(Object.keys(expectations).sort());
  });

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
