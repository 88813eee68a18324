import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeFormerIds from '../../../src/markdown/rehype-former-ids.ts';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids.ts';
import { articleHtml } from '../../../src/site/article-html.ts';
import { createModel } from '../../../src/model/create-model.ts';
import { corrections } from '../../../src/model/schemas/fields.ts';
import { readContent } from '../../support/content.ts';
import { fixtures } from '../../support/paths.ts';

const render = async (markdown: string, formerIds: Record<string, string> = {}) =>
  String(await unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds).use(rehypeFormerIds, { formerIds }).use(rehypeStringify).process(markdown));

describe('rehype-former-ids', () => {
  test('keeps an old id as an empty span at the start of the paragraph that succeeds it', async () => {
    expect(await render('Opmerkelijk is dat.\n\nTweede alinea.', { 'opvallend-is-dat': 'opmerkelijk-is-dat' })).toBe(
      '<p id="opmerkelijk-is-dat"><span id="opvallend-is-dat" class="former-id"></span>Opmerkelijk is dat.</p>\n<p id="tweede-alinea">Tweede alinea.</p>',
    );
  });

  test('gives a paragraph every id it had, and leaves the tree alone without mappings', async () => {
    expect(await render('Derde versie.', { 'eerste-versie': 'derde-versie', 'tweede-versie': 'derde-versie' })).toBe(
      '<p id="derde-versie"><span id="eerste-versie" class="former-id"></span><span id="tweede-versie" class="former-id"></span>Derde versie.</p>',
    );
    expect(await render('Derde versie.')).toBe('<p id="derde-versie">Derde versie.</p>');
  });

  test('the article page renders formerIds in both languages, inside the new paragraph', () => {
    const content = readContent(`${fixtures}bad-content/passage-id-changed`);
    const formerIds = { 'opvallend-is-dat-een-andere-belangrijke': 'opmerkelijk-is-dat-een-andere-belangrijke' };
    const logged = corrections.parse([{ date: '2026-11-27', passage: 'opmerkelijk-is-dat-een-andere-belangrijke', what: { nl: 'Eerste woord.', en: 'First word.' }, why: { nl: 'Fout.', en: 'Error.' } }]);
    const model = createModel({ ...content, articles: content.articles.map((article) => ({ ...article, data: { ...article.data, formerIds, corrections: [...article.data.corrections, ...logged] } })) });
    for (const locale of ['nl', 'en'] as const) {
      expect(articleHtml(model, 'drones-moskou-witte-huis', locale)).toContain(
        '<p id="opmerkelijk-is-dat-een-andere-belangrijke"><span id="opvallend-is-dat-een-andere-belangrijke" class="former-id"></span>',
      );
    }
  });
});
