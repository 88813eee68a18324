import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeCounterparts from '../../../src/markdown/rehype-counterparts.ts';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids.ts';
import { runFixtures } from '../../support/fixtures.ts';
import { fixtures } from '../../support/paths.ts';

type JsonOptions = { lang?: string; label?: string; texts?: Record<string, string> };

const render = async (markdown: string, options: JsonOptions = {}) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeParagraphIds)
      .use(rehypeCounterparts, options.texts && { lang: options.lang ?? 'en', label: options.label ?? 'English translation', texts: new Map(Object.entries(options.texts)) })
      .use(rehypeStringify)
      .process(markdown),
  );

describe('rehype-counterparts', () => {
  runFixtures(`${fixtures}markdown/rehype-counterparts`, render);

  test('a paragraph is followed by its counterpart, closed, in its own language and with no id', async () => {
    expect(await render('Kort.', { lang: 'nl', label: 'Dutch original', texts: { kort: 'Kort, in het Nederlands.' } })).toBe(
      '<p id="kort">Kort.</p>\n<details class="counterpart" data-pagefind-ignore=""><summary>Dutch original</summary><p lang="nl">Kort, in het Nederlands.</p></details>',
    );
  });

  test('a counterpart is text: markup in it is shown, never parsed', async () => {
    expect(await render('Kort.', { texts: { kort: '<img src=x onerror=alert(1)>' } })).toContain('<p lang="en">&#x3C;img src=x onerror=alert(1)></p>');
  });

  test('without options (no translation) the tree is left as it is', async () => {
    expect(await render('Kort.\n\nLang.')).toBe('<p id="kort">Kort.</p>\n<p id="lang">Lang.</p>');
  });
});
