import { aliasKey, compileTermMatcher } from '../../text/term-matcher.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { Entry, Problem } from '../types.ts';

/**
 * A warning, not an error: an alias that occurs in no article marks nothing. It may be a typo, or
 * a form kept on purpose for articles to come (`Kiev` beside `Kyiv`).
 */
export function checkGlossaryAliasesUsed(glossary: readonly Entry<GlossaryData>[], articleTexts: readonly string[]): Problem[] {
  const matcher = compileTermMatcher(glossary.map((entry) => ({ id: entry.id, aliases: entry.data.aliases, matchCase: entry.data.matchCase })));
  const seen = new Set<string>();
  for (const text of articleTexts) {
    for (const match of matcher.find(text)) seen.add(`${match.id} ${aliasKey(match.alias)}`);
  }
  const problems: Problem[] = [];
  for (const entry of glossary) {
    entry.data.aliases.forEach((alias, index) => {
      if (!seen.has(`${entry.id} ${aliasKey(alias)}`)) {
        problems.push({
          file: entry.filePath,
          field: `aliases[${index}]`,
          message: `"${alias}" occurs in no article. Check its spelling, or keep it if articles to come will use it.`,
        });
      }
    });
  }
  return problems;
}
