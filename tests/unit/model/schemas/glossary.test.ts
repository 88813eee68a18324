/**
 * A bad glossary entry is refused with the field and the fix. Each case is a file from
 * tests/fixtures/bad-content/ (real content with one thing broken), read as the build reads it;
 * the messages are the ones the build prints after the file name.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { glossarySchema } from '../../../../src/model/schemas/glossary.ts';
import { fixtures, root } from '../../../support/paths.ts';

const issuesOf = (fixture: string, file: string) => {
  const result = glossarySchema.safeParse(load(readFileSync(`${fixtures}bad-content/${fixture}/glossary/${file}`, 'utf8')));
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('glossary entry', () => {
  test('a name without its English form names the field and what to add', () => {
    expect(issuesOf('glossary-missing-english', 'kernwapens.yaml')).toEqual(['name.en: is missing. Add the display name in English.']);
  });

  test('a javascript: source URL is refused at each fact that has one, with the kind of URL to write', () => {
    expect(issuesOf('source-javascript-url', 'atacms.yaml')).toEqual([
      'facts.2.source.url: must be a full http:// or https:// URL of the source.',
      'facts.3.source.url: must be a full http:// or https:// URL of the source.',
    ]);
  });

  test('a fact without a time is refused, naming the three ways to give one', () => {
    expect(issuesOf('fact-without-time', 'biden.yaml')).toEqual([
      'facts.0: has no time. Add "asOf" (when it held, e.g. 2023-05), "from"/"until" (the span of a role or state; no "until" while it still holds), or "timeless" with the reason it does not change.',
    ]);
  });

  test('an English slug that is no URL slug is refused, with the form it must take', () => {
    expect(issuesOf('glossary-slug-invalid', 'poetin.yaml')).toEqual([
      'slug.en: must be lower-case letters, digits and single hyphens (e.g. "storm-shadow"): the English page\'s URL slug, e.g. "putin" for /en/glossary/putin/.',
    ]);
  });

  test('every entry names its English slug; the Dutch one is the file name and cannot be set', () => {
    const real = load(readFileSync(`${root}content/glossary/poetin.yaml`, 'utf8')) as Record<string, unknown>;
    const issues = (data: Record<string, unknown>) => (glossarySchema.safeParse(data).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(glossarySchema.parse(real).slug).toEqual({ en: 'putin' });
    const { slug: _slug, ...withoutSlug } = real;
    expect(issues(withoutSlug)).toEqual(['slug: is missing. Add the English URL slug as en: <slug> (the Dutch URL is the file name, so there is no nl).']);
    expect(issues({ ...real, slug: { nl: 'poetin', en: 'putin' } })).toEqual([
      'slug.nl: is not a known field. Remove it or fix its spelling; the English URL slug as en: <slug> (the Dutch URL is the file name, so there is no nl) takes: en.',
    ]);
  });
});
