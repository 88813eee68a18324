/**
 * Every case in tests/fixtures/bad-content/ is used by a test, so a new fixture cannot be added and
 * forgotten. The real build runs only three of them (tests/e2e/build-command.test.ts);
 * the others are asserted by unit tests of the schemas (tests/unit/model/schemas/) and of the
 * content model (tests/unit/model/create-model.test.ts), which name the fixture folder they read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtures, root } from '../../support/paths.ts';

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
  test('every case is used by a test', () => {
    expect(cases.filter((name) => testsNaming(name).length === 0)).toEqual([]);
  });
});
