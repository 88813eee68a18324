import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids.ts';
import rehypePassageLinks, { type Options } from '../../../src/markdown/rehype-passage-links.ts';
import { runFixtures } from '../../support/fixtures.ts';
import { fixtures } from '../../support/paths.ts';

const render = async (markdown: string, options: Partial<Options> = {}) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeParagraphIds)
      .use(rehypePassageLinks, { label: 'Link naar deze passage', ...options })
      .use(rehypeStringify)
      .process(markdown),
  );

describe('rehype-passage-links', () => {
  runFixtures(`${fixtures}markdown/rehype-passage-links`, render);

  test('each paragraph links to itself, named by the label', async () => {
    expect(await render('Kort.')).toBe(
      '<p id="kort">Kort.<a class="passage-link" href="#kort" aria-label="Link naar deze passage" title="Link naar deze passage" data-pagefind-ignore=""></a></p>',
    );
  });

  test('the link adds no text to the paragraph', async () => {
    const html = await render('Moskou was dinsdag het doelwit.');
    expect(html.replace(/<[^>]+>/g, '')).toBe('Moskou was dinsdag het doelwit.');
  });

  test('headings and paragraphs without an id get no link', async () => {
    const html = String(
      await unified().use(remarkParse).use(remarkRehype).use(rehypePassageLinks, { label: 'x' }).use(rehypeStringify).process('## Kop\n\nTekst.'),
    );
    expect(html).not.toContain('passage-link');
  });

  test('the label is required, so no link is ever nameless', () => {
    expect(() => unified().use(rehypePassageLinks, { label: '' }).freeze()).toThrow(/label/);
  });
});
