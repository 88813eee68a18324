import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeParagraphIds, { type Options } from '../../../src/markdown/rehype-paragraph-ids.ts';
import { runFixtures } from '../../support/fixtures.ts';
import { fixtures } from '../../support/paths.ts';

const render = async (markdown: string, options: Options = {}) =>
  String(await unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds, options).use(rehypeStringify).process(markdown));

const ids = async (markdown: string, options?: Options) => [...(await render(markdown, options)).matchAll(/id="([^"]+)"/g)].map((m) => m[1]);

describe('rehype-paragraph-ids', () => {
  runFixtures(`${fixtures}markdown/rehype-paragraph-ids`, render);

  test('an id comes from the text, so adding a paragraph before it does not change it', async () => {
    const passage = 'Zo weigert Washington nog altijd raketten te leveren.';
    const [before] = await ids(passage);
    const [, after] = await ids(`Een nieuwe eerste alinea.\n\n${passage}`);
    expect(before).toBe('zo-weigert-washington-nog-altijd-raketten');
    expect(after).toBe(before);
  });

  test('paragraphs that begin alike take more words until their ids differ', async () => {
    expect(await ids('De Amerikaanse regering liet het daarop weten.\n\nDe Amerikaanse regering liet het daarop bij.')).toEqual([
      'de-amerikaanse-regering-liet-het-daarop',
      'de-amerikaanse-regering-liet-het-daarop-bij',
    ]);
  });

  test('identical paragraphs get a numbered suffix', async () => {
    expect(await ids('Kort.\n\nKort.\n\nKort.')).toEqual(['kort', 'kort-2', 'kort-3']);
  });

  test('existing ids are kept and never given to another block', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: { id: 'kort' }, children: [{ type: 'text', value: 'Iets anders.' }] },
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Kort.' }] },
      ],
    };
    unified().use(rehypeParagraphIds).runSync(tree);
    expect(tree.children.map((node) => (node.type === 'element' ? node.properties.id : undefined))).toEqual(['kort', 'kort-2']);
  });

  test('one processor gives the same ids to every document it renders (no state leaks between them)', async () => {
    const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds).use(rehypeStringify);
    const first = String(await processor.process('Kort.'));
    const second = String(await processor.process('Kort.'));
    expect(second).toBe(first);
  });

  test('the words option sets the length of ids', async () => {
    expect(await ids('Moskou was dinsdag het doelwit.', { words: 2 })).toEqual(['moskou-was']);
  });

  test('a words option that is not a positive integer is refused at set-up', () => {
    expect(() => unified().use(rehypeParagraphIds, { words: 0 }).freeze()).toThrow(/positive integer/);
  });
});
