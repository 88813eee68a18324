import { findRelativeDays } from '../../text/relative-days.ts';
import { siteTexts } from '../site-texts.ts';
import type { Content, Problem } from '../types.ts';

/**
 * No text the site writes dates anything relative to when it was written ("dinsdag", "last
 * week"): it is read on cards, in search results and on pages years later. Quotes of the article
 * and a weekday with its date pass (src/text/relative-days.ts).
 */
export function checkSiteTextRelativeDays(content: Content): Problem[] {
  return siteTexts(content).flatMap(({ file, field, text, language }) => {
    const words = findRelativeDays(text, language);
    if (words.length === 0) return [];
    const list = [...new Set(words)].map((word) => `"${word}"`).join(', ');
    const example = language === 'nl' ? '"dinsdag 30 mei 2023"' : '"Tuesday 30 May 2023"';
    return [
      {
        file,
        field,
        message: `${list} dates this relative to when it was written, which no reader can know. Give the date (e.g. ${example}), or quote the article’s words in quotation marks.`,
      },
    ];
  });
}
