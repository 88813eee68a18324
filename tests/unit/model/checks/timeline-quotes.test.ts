import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../../src/markdown/processor.ts';
import { checkTimelineQuotes } from '../../../../src/model/checks/timeline-quotes.ts';
import { compileTermMatcher } from '../../../../src/text/term-matcher.ts';
import { articleSchema } from '../../../../src/model/schemas/article.ts';
import { timelineEvent } from '../../../support/content.ts';
import { readMarkdownFile } from '../../../support/frontmatter.ts';
import { articleFile } from '../../../support/paths.ts';

const { data, body } = readMarkdownFile(articleFile);
const article = { id: 'drones-moskou-witte-huis', filePath: articleFile, data: articleSchema.parse(data), body };

const event = (quote: string) => timelineEvent('e', { evidence: { article: 'drones-moskou-witte-huis', quote } });

/** The check for one event, through the analysis the build makes of the article with the event's quote. */
function check(quote: string) {
  const one = event(quote);
  const analysis = analyseArticle(article.body, { glossary: compileTermMatcher([]), quotes: [{ id: one.id, quote }] });
  return checkTimelineQuotes([one], new Map([[article.id, analysis]]), new Map());
}

describe('checkTimelineQuotes', () => {
  test('a quote that stands in the article passes, straight quotes for typographic ones included', () => {
    expect(check("zei de Britse minister van Buitenlandse Zaken James Cleverly dinsdag. 'Legitieme")).toEqual([]);
  });

  test('a quote the article no longer has fails, naming the event file and the field', () => {
    expect(check('Moskou was woensdag het doelwit')).toEqual([
      { file: 'content/timeline/e.yaml', field: 'evidence.quote', message: expect.stringContaining('is not in the article "drones-moskou-witte-huis"') },
    ]);
  });

  test('a quote spanning two paragraphs fails: it could not be marked', () => {
    expect(check('op de vlakte. De zuinige reactie')).toHaveLength(1);
  });
});
