import { describe, expect, test } from 'vitest';
import { checkTimelineQuotes } from '../../../../src/model/checks/timeline-quotes.ts';
import { articleSchema } from '../../../../src/model/schemas/article.ts';
import { timelineSchema } from '../../../../src/model/schemas/timeline.ts';
import { readMarkdownFile } from '../../../support/frontmatter.ts';
import { articleFile } from '../../../support/paths.ts';

const { data, body } = readMarkdownFile(articleFile);
const article = { id: 'drones-moskou-witte-huis', filePath: articleFile, data: articleSchema.parse(data), body };

const event = (quote: string) => ({
  id: 'e',
  filePath: 'content/timeline/e.yaml',
  data: timelineSchema.parse({
    date: '2023-05-30',
    title: { nl: 'a', en: 'b' },
    annotation: { nl: 'a', en: 'b' },
    evidence: { article: 'drones-moskou-witte-huis', quote },
  }),
});

describe('checkTimelineQuotes', () => {
  test('a quote that stands in the article passes, straight quotes for typographic ones included', () => {
    expect(checkTimelineQuotes([event("zei de Britse minister van Buitenlandse Zaken James Cleverly dinsdag. 'Legitieme")], [article])).toEqual([]);
  });

  test('a quote the article no longer has fails, naming the event file and the field', () => {
    expect(checkTimelineQuotes([event('Moskou was woensdag het doelwit')], [article])).toEqual([
      { file: 'content/timeline/e.yaml', field: 'evidence.quote', message: expect.stringContaining('is not in the article "drones-moskou-witte-huis"') },
    ]);
  });

  test('a quote spanning two paragraphs fails: it could not be marked', () => {
    expect(checkTimelineQuotes([event('op de vlakte. De zuinige reactie')], [article])).toHaveLength(1);
  });
});
