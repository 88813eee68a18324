import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeGlossaryTerms, { type Options } from '../../../src/markdown/rehype-glossary-terms.ts';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids.ts';
import { runFixtures } from '../../support/fixtures.ts';
import { fixtures } from '../../support/paths.ts';

/** A small real glossary: the article's forms, an overlapping pair and a case-sensitive acronym. */
const terms: Options['terms'] = [
  { id: 'atacms', aliases: ['Atacms'] },
  { id: 'storm-shadow', aliases: ['Storm Shadow'] },
  { id: 'storm', aliases: ['Storm'] },
  { id: 'poetin', aliases: ['Poetin', 'Poetins'] },
  { id: 'witte-huis', aliases: ['Witte Huis'] },
  { id: 'verenigde-staten', aliases: ['VS'], matchCase: true },
  { id: 'false-flag', aliases: ['false flag'] },
  { id: 'grensregios', aliases: ['Russische grensregio’s'] },
];

const processor = (options: Partial<Options> = {}) =>
  unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds, { words: 3 })
    .use(rehypeGlossaryTerms, { terms, href: (id) => `/begrippen/${id}/`, ...options })
    .use(rehypeStringify);

const render = async (markdown: string) => String(await processor().process(markdown));

describe('rehype-glossary-terms', () => {
  runFixtures(`${fixtures}markdown/rehype-glossary-terms`, render);

  test('records each mention with its passage, and numbers terms by first mention', async () => {
    const file = await processor().process('De Atacms en Poetin.\n\nWeer Poetins Atacms-raket.');
    expect(file.data.glossaryNotes).toEqual(['atacms', 'poetin']);
    expect(file.data.glossaryMentions?.map(({ term, text, passage }) => [term, text, passage])).toEqual([
      ['atacms', 'Atacms', 'de-atacms-en'],
      ['poetin', 'Poetin', 'de-atacms-en'],
      ['poetin', 'Poetins', 'weer-poetins-atacms'],
      ['atacms', 'Atacms-raket', 'weer-poetins-atacms'],
    ]);
    expect(file.data.glossaryMentions?.[0]?.passageText).toBe('De Atacms en Poetin.');
  });

  test('links an entry at its first mention in each section; later ones are plain text, recorded as repeats', async () => {
    const file = await processor().process('Atacms en de Atacms.\n\nWeer Atacms.\n\n## Kop\n\nNu Atacms, dan Atacms.');
    expect(file.data.glossaryMentions?.map((mention) => mention.repeat)).toEqual([false, true, true, false, true]);
    expect(String(file).match(/<a class="term"/g)).toHaveLength(2);
    expect(String(file)).toContain('<span class="term-repeat" data-term="atacms">Atacms</span>');
  });

  test('records where each mention stands in its passage, across emphasis', async () => {
    const file = await processor().process('Weer *Poetins* grote Atacms-raket.');
    for (const mention of file.data.glossaryMentions ?? []) {
      expect(mention.passageText?.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(file.data.glossaryMentions?.map(({ alias }) => alias)).toEqual(['Poetins', 'Atacms']);
  });

  test('numbers start again for every document the processor renders', async () => {
    const frozen = processor();
    await frozen.process('Poetin en Atacms.');
    expect((await frozen.process('Atacms.')).data.glossaryNotes).toEqual(['atacms']);
  });

  test('each term links to the page href gives it, without JavaScript', async () => {
    const html = String(await processor({ href: (id) => `/en/glossary/${id}/` }).process('Atacms'));
    expect(html).toContain('<a class="term" href="/en/glossary/atacms/" data-term="atacms" data-note="1">Atacms</a>');
  });

  test('the terms and href options are required', () => {
    expect(() => unified().use(rehypeGlossaryTerms, {} as Options).freeze()).toThrow(/"terms".*"href"/);
  });
});
