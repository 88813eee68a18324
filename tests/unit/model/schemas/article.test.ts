/**
 * Bad content is refused with the field and the fix. Each case in tests/fixtures/bad-content/ is
 * real content with one thing broken; tests/e2e/build-command.test.ts runs the
 * real build on the same fixtures.
 */
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../../src/model/schemas/article.ts';
import { readMarkdownFile } from '../../../support/frontmatter.ts';
import { articleFile, fixtures } from '../../../support/paths.ts';

const issuesOf = (fixture: string) => {
  const result = articleSchema.safeParse(readMarkdownFile(`${fixtures}bad-content/${fixture}/articles/drones-moskou-witte-huis.md`).data);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('article frontmatter', () => {
  test('the real article is valid', () => {
    expect(articleSchema.safeParse(readMarkdownFile(articleFile).data).success).toBe(true);
  });

  test('a missing title names the field and what to write', () => {
    expect(issuesOf('missing-title')).toEqual(['title: is missing. Add the headline, from the article\'s own words.']);
  });

  test('a malformed date names the field, the bad value and the accepted forms', () => {
    const [issue] = issuesOf('malformed-date');
    expect(issue).toMatch(/^published: "2023-13" is not a real date\. Write it as YYYY, YYYY-MM/);
  });

  test('a provenance field left out, rather than written as not stated, names the field and both ways to fill it', () => {
    expect(issuesOf('source-field-missing')).toEqual(['source.author: is missing. Write the author, or "not-stated" when the copy received does not say.']);
  });

  test('a copy dated only by its month needs the day its text pins, so no feed dates it before its events', () => {
    const data = readMarkdownFile(articleFile).data as { source: Record<string, unknown> };
    const result = articleSchema.safeParse({ ...data, source: { ...data.source, derivedDay: undefined } });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'source.derivedDay: is missing: the copy gives only "2023-05". Add the day the text itself pins (date: YYYY-MM-DD) and how (derivation: nl, en).',
    ]);
  });

  test('an unknown field is named, with the fields that are allowed', () => {
    const [issue] = issuesOf('unknown-field');
    expect(issue).toMatch(/^auteur: is not a known field\. Remove it or fix its spelling; .* takes: title, titleBy, standfirst/);
  });

  test('an unquoted day, which YAML reads as a timestamp, is read back as that day', () => {
    const data = { ...(readMarkdownFile(articleFile).data as object), published: new Date('2023-05-31T00:00:00Z') };
    expect(articleSchema.parse(data).published).toMatchObject({ iso: '2023-05-31', precision: 'day' });
  });

  test('an empty title is refused as empty, not as missing', () => {
    const data = { ...(readMarkdownFile(articleFile).data as object), title: '   ' };
    expect(articleSchema.safeParse(data).error?.issues[0]?.message).toMatch(/^is empty\. Write the headline/);
  });
});
