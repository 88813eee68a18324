import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeEvidenceMarks, { type Options } from '../../../src/markdown/rehype-evidence-marks.ts';
import rehypeParagraphIds from '../../../src/markdown/rehype-paragraph-ids.ts';
import { runFixtures } from '../../support/fixtures.ts';
import { fixtures } from '../../support/paths.ts';

const processor = (quotes: Options['quotes']) =>
  unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds, { words: 3 })
    .use(rehypeEvidenceMarks, { quotes, href: (id) => `#event-${id}`, linkLabel: (id) => `Op de tijdlijn: ${id}` })
    .use(rehypeStringify);

describe('rehype-evidence-marks', () => {
  runFixtures(`${fixtures}markdown/rehype-evidence-marks`, async (markdown, options) =>
    String(await processor(options.quotes as Options['quotes']).process(markdown)),
  );

  test('records which quotes were found and in which passage', async () => {
    const file = await processor([
      { id: 'aanval', quote: 'Moskou was dinsdag het doelwit' },
      { id: 'weg', quote: 'staat er niet in' },
    ]).process('Inleiding.\n\nMoskou was dinsdag het doelwit van drones.');
    expect(file.data.evidence).toEqual([{ event: 'aanval', passage: 'moskou-was-dinsdag' }]);
  });

  test('the link after a quote is named for the event and adds no text', async () => {
    const html = String(await processor([{ id: 'x', quote: 'Kort' }]).process('Kort.'));
    expect(html).toBe(
      '<p id="kort"><mark class="evidence" data-event="x" id="quote-x">Kort</mark><a class="evidence-link" href="#event-x" aria-label="Op de tijdlijn: x" data-pagefind-ignore=""></a>.</p>',
    );
  });

  test('the quotes, href and linkLabel options are required', () => {
    expect(() => unified().use(rehypeEvidenceMarks, { quotes: [] } as unknown as Options).freeze()).toThrow(/"quotes", "href" and "linkLabel"/);
  });
});
