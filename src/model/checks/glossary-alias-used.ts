import type { ArticleAnalysis } from '../../markdown/processor.ts';
import { aliasKey } from '../../text/term-matcher.ts';
import type { GlossaryEntry, Problem } from '../types.ts';

/**
 * A warning, not an error: an alias that marks nothing in any article, read from the mentions the
 * articles' analyses found (so this can never disagree with what the pages mark). One line per
 * entry, since the forms are often kept on purpose for articles to come (`Kiev` beside `Kyiv`).
 */
export function checkGlossaryAliasesUsed(glossary: readonly GlossaryEntry[], analyses: Iterable<ArticleAnalysis>): Problem[] {
  const used = new Set<string>();
  for (const analysis of analyses) for (const mention of analysis.mentions) used.add(`${mention.term} ${aliasKey(mention.alias)}`);
  return glossary.flatMap((entry) => {
    // Forms the matcher cannot tell apart (`grensregio’s`, `grensregio's`) are one form here.
    const unused = [...new Map(entry.data.aliases.map((alias) => [aliasKey(alias), alias])).entries()]
      .filter(([key]) => !used.has(`${entry.id} ${key}`))
      .map(([, alias]) => alias);
    if (unused.length === 0) return [];
    const list = unused.map((alias) => `"${alias}"`).join(', ');
    return [
      {
        file: entry.filePath,
        field: 'aliases',
        message: `${list} ${unused.length === 1 ? 'marks' : 'mark'} nothing in any article yet. Check the spelling; keep a form that articles to come will use.`,
      },
    ];
  });
}
