/**
 * Every case in tests/fixtures/bad-content/ is used by a test, so a new fixture cannot be added and
 * forgotten. The real build runs only two of them (tests/e2e/build-fails-on-bad-content.test.ts);
 * the others are asserted by unit tests of the schemas (tests/unit/model/schemas/) and the checks
 * (tests/unit/model/checks/), which name the fixture folder they read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtures, root } from '../../support/paths.ts';

/**
 * Cross-check cases that left the end-to-end test before their unit twin existed: src/model/checks/
 * is being rewritten on main, and those tests come with it. Each entry is what the build printed,
 * for the twin to assert: the file and the message. Remove an entry when its twin lands (the second
 * test below says when).
 */
const awaitingCheckTwin: Record<string, [file: string, message: RegExp]> = {
  'timeline-quote-changed': ['2023-05-30-droneaanval-moskou.yaml', /→ evidence\.quote: "Moskou was dinsdag het doelwit van een grootscheepse droneaanval\." is not in the article/],
  'article-raw-html': ['kort-bericht.md', /→ body \(line 8\): raw HTML \(<script…>\) is never published\. If it is part of the text, escape/],
  'article-javascript-link': ['kort-bericht.md', /→ body \(line 8\): the link "het persbureau" is a "javascript:" link, which could run code\. Link to an http/],
  'timeline-unknown-actor': ['2023-05-storm-shadow-geleverd.yaml', /→ actors\[1\]: there is no glossary entry "stormshadow"/],
};

const cases = readdirSync(join(fixtures, 'bad-content')).sort();
const thisFile = relative(root, new URL(import.meta.url).pathname);
const testFiles = readdirSync(join(root, 'tests'), { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.test.ts'))
  .map((path) => join('tests', path))
  .filter((path) => path !== thisFile)
  .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));

/** The test files that name a case as a whole word in quotes or a path, e.g. `'empty-body'` or `bad-content/empty-body/`. */
const testsNaming = (name: string) =>
  testFiles.filter(({ text }) => new RegExp(`['"\`/]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`/]`).test(text)).map(({ path }) => path);

describe('the bad-content fixtures', () => {
  test('every case is used by a test, or waits for its check twin', () => {
    const unused = cases.filter((name) => testsNaming(name).length === 0 && !(name in awaitingCheckTwin));
    expect(unused).toEqual([]);
  });

  test('a case waiting for its check twin is a fixture no test uses yet', () => {
    const stale = Object.keys(awaitingCheckTwin).filter((name) => !cases.includes(name) || testsNaming(name).length > 0);
    expect(stale).toEqual([]);
  });
});
