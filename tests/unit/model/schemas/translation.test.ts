import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { translationFile, translationSchema } from '../../../../src/model/schemas/translation.ts';
import { root } from '../../../support/paths.ts';

const real = load(readFileSync(`${root}content/articles/drones-moskou-witte-huis.en.yaml`, 'utf8')) as Record<string, unknown> & { passages: Record<string, unknown>[] };
const issuesOf = (data: unknown) => (translationSchema.safeParse(data).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('translation file', () => {
  test('the real translation is valid, and its file name names its article', () => {
    expect(issuesOf(real)).toEqual([]);
    expect(translationFile.exec('drones-moskou-witte-huis.en.yaml')?.[1]).toBe('drones-moskou-witte-huis');
  });

  test('who translated it and when are required', () => {
    const { translator: _, translated: __, ...anonymous } = real;
    expect(issuesOf(anonymous)).toEqual(['translator: is missing. Add who translated the article, e.g. "Duiding".', expect.stringMatching(/^translated: is missing or not a date\. Write it as YYYY/)]);
  });

  test('a passage without a fingerprint, or with a wrong one, says where to find it', () => {
    const [first, ...rest] = real.passages;
    expect(issuesOf({ ...real, passages: [{ ...first, source: undefined }, ...rest] })).toEqual(['passages.0.source: is missing. Add the fingerprint of the Dutch passage; the build prints it.']);
    expect(issuesOf({ ...real, passages: [{ ...first, source: 'abc' }, ...rest] })).toEqual([
      "passages.0.source: must be the 12 hex digits of the Dutch passage's fingerprint, as the build prints it.",
    ]);
  });
});
