import type { ArticleAnalysis } from '../../markdown/processor.ts';
import { aliasKey } from '../../text/term-matcher.ts';
import type { GlossaryEntry, Problem } from '../types.ts';

/**
 * A warning, not an error: an alias that marks nothing in any article, read from the mentions the
 * analyses found (so this can never disagree with what the pages mark). Dutch forms are looked for
 * in the articles, English forms in their translations (only once there is one). One line per
 * entry and language, since forms are often kept on purpose for articles to come (`Kiev` beside `Kyiv`).
 */
export function checkGlossaryAliasesUsed(
  glossary: readonly GlossaryEntry[],
  analyses: { nl: Iterable<ArticleAnalysis>; en: Iterable<ArticleAnalysis> },
): Problem[] {
  return (['nl', 'en'] as const).flatMap((language) => {
    const texts = [...analyses[language]];
    if (texts.length === 0) return [];
    const used = new Set<string>();
    for (const analysis of texts) for (const mention of analysis.mentions) used.add(`${mention.term} ${aliasKey(mention.alias)}`);
    const where = language === 'nl' ? 'any article' : 'any English translation';
    return glossary.flatMap((entry) => {
      // Forms the matcher cannot tell apart (`grensregio’s`, `grensregio's`) are one form here.
      const unused = [...new Map(entry.data.aliases[language].map((alias) => [aliasKey(alias), alias])).entries()]
        .filter(([key]) => !used.has(`${entry.id} ${key}`))
        .map(([, alias]) => alias);
      if (unused.length === 0) return [];
      const list = unused.map((alias) => `"${alias}"`).join(', ');
      return [
        {
          file: entry.filePath,
          field: `aliases.${language}`,
          message: `${list} ${unused.length === 1 ? 'marks' : 'mark'} nothing in ${where} yet. Check the spelling; keep a form that articles to come will use.`,
        },
      ];
    });
  });
}
