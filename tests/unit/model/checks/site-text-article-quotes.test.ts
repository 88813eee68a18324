import { describe, expect, test } from 'vitest';
import { analyseArticle, analyseTranslation } from '../../../../src/markdown/processor.ts';
import { checkSiteTextArticleQuotes } from '../../../../src/model/checks/site-text-article-quotes.ts';
import type { Article, Content, GlossaryEntry, Translation } from '../../../../src/model/types.ts';
import { compileTermMatcher } from '../../../../src/text/term-matcher.ts';
import { readContent } from '../../../support/content.ts';

const content = readContent();
const [article] = content.articles as [Article];
const [translation] = content.translations as [Translation];
const none = { glossary: compileTermMatcher([]), quotes: [] };
const dutch = analyseArticle(article.body, none);
const english = analyseTranslation(
  translation.data.passages.map(({ id, text }) => ({ id, text, tagName: 'p' })),
  none,
);

/** The check on the real content with one glossary entry's description (and corrections) replaced. */
function check(description: { nl: string; en: string }, translated = true, corrections: GlossaryEntry['data']['corrections'] = []) {
  const [first, ...rest] = content.glossary as [GlossaryEntry, ...GlossaryEntry[]];
  const changed: Content = { ...content, glossary: [{ ...first, data: { ...first.data, description, corrections } }, ...rest] };
  return checkSiteTextArticleQuotes(changed, { nl: [dutch], en: translated ? [english] : [] }).filter((problem) => problem.file === first.filePath);
}

describe('checkSiteTextArticleQuotes', () => {
  test('the real content quotes the article and its translation word for word', () => {
    expect(checkSiteTextArticleQuotes(content, { nl: [dutch], en: [english] })).toEqual([]);
  });

  test('words given as the article’s must stand in it, in Dutch and in the translation; case and quote marks aside', () => {
    const right = { nl: 'Het artikel schrijft dat de Amerikanen ‘niet helemaal brandschoon’ zijn.', en: 'The article says the Ukrainians are ‘Not entirely squeaky clean’.' };
    expect(check(right)).toEqual([]);
    const drifted = { nl: 'Het artikel schrijft dat ze ‘niet geheel brandschoon’ zijn.', en: 'The article says they are ‘not entirely blameless’.' };
    expect(check(drifted)).toEqual([
      { file: expect.any(String), field: 'description.nl', message: '‘niet geheel brandschoon’ is given as the article’s words but is not in the article. Copy the words exactly (mark a cut with …), or drop the quotation marks.' },
      { file: expect.any(String), field: 'description.en', message: expect.stringContaining('is not in the English translation of the article') },
    ]);
  });

  test('a single word, a sentence that does not name the article, or a correction log is left alone', () => {
    expect(check({ nl: 'Het artikel noemt de reactie ‘zuinig’.', en: 'CNN reported ‘low confidence’ in that view.' })).toEqual([]);
    const log = [{ date: content.glossary[0]?.data.reviewed ?? article.data.reviewed, what: { nl: 'Het artikel ‘zei iets anders’.', en: 'The article ‘said something else’.' }, why: { nl: 'x', en: 'x' } }];
    expect(check({ nl: 'Kort.', en: 'Short.' }, true, log)).toEqual([]);
  });

  test('English quotes are checked only once there is a translation', () => {
    expect(check({ nl: 'Kort.', en: 'The article says they are ‘not entirely blameless’.' }, false)).toEqual([]);
  });
});
