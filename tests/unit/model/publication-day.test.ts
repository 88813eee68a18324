import { expect, test } from 'vitest';
import { publicationDay } from '../../../src/model/publication-day.ts';
import { articleSchema } from '../../../src/model/schemas/article.ts';
import { readMarkdownFile } from '../../support/frontmatter.ts';
import { articleFile } from '../../support/paths.ts';

const real = articleSchema.parse(readMarkdownFile(articleFile).data);

test('the day used for feeds, previews and the order of articles is the derived one, never the month’s first day', () => {
  expect(publicationDay(real)).toMatchObject({ date: { iso: '2023-05-31' }, derived: true });
  expect(publicationDay({ ...real, published: real.source.derivedDay!.date, source: { ...real.source, derivedDay: undefined } })).toMatchObject({ date: { iso: '2023-05-31' }, derived: false });
});
