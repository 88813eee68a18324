import type { ArticleAnalysis } from '../../markdown/processor.ts';
import { quoteFinder } from '../../text/quote-matcher.ts';
import { siteTexts } from '../site-texts.ts';
import type { Content, Problem } from '../types.ts';

/** A sentence that gives words as the article's: it names the article. */
const namesArticle = { nl: /\bartikel/i, en: /\barticle/i } as const;

/** ‘…’ spans; a ’ between letters is an apostrophe (Biden’s), not the closing mark. */
const quoted = /‘((?:[^’]|’(?=\p{L}))+)’/gu;

/**
 * Words the site gives as the article's, in quotation marks in a sentence that names the article
 * ("The article writes that London ‘seems to be shifting somewhat further’"), stand in the article:
 * in Dutch text in the Dutch original, in English text in the English translation (once there is
 * one). A quote that drifted from the text, or was shortened without an ellipsis, fails with its
 * file and field. Single words (‘terse’) are the site's gloss and pass; so do corrections logs, which
 * quote the site's old wording.
 */
export function checkSiteTextArticleQuotes(content: Content, analyses: { nl: Iterable<ArticleAnalysis>; en: Iterable<ArticleAnalysis> }): Problem[] {
  // Case is not compared: a quote may start with a capital where the text has none, or the reverse.
  const passages = {
    nl: [...analyses.nl].flatMap((analysis) => analysis.passages.map((passage) => quoteFinder(passage.text.toLowerCase()))),
    en: [...analyses.en].flatMap((analysis) => analysis.passages.map((passage) => quoteFinder(passage.text.toLowerCase()))),
  };
  const segmenter = { nl: new Intl.Segmenter('nl', { granularity: 'sentence' }), en: new Intl.Segmenter('en', { granularity: 'sentence' }) };
  return siteTexts(content, { corrections: false }).flatMap(({ file, field, text, language }) => {
    if (passages[language].length === 0) return [];
    const where = language === 'nl' ? 'the article' : 'the English translation of the article';
    return [...segmenter[language].segment(text)]
      .filter(({ segment }) => namesArticle[language].test(segment))
      .flatMap(({ segment }) => [...segment.matchAll(quoted)].map((match) => (match[1] ?? '').replace(/[\s,.;:]+$/u, '')))
      .filter((quote) => quote.split(/\s+/).length > 1 && !passages[language].some((find) => find(quote.toLowerCase())))
      .map((quote) => ({
        file,
        field,
        message: `‘${quote}’ is given as the article’s words but is not in ${where}. Copy the words exactly (mark a cut with …), or drop the quotation marks.`,
      }));
  });
}
