import { aliasKey } from '../../text/term-matcher.ts';
import type { GlossaryEntry, Problem } from '../types.ts';

/**
 * No two entries may claim the same alias in one language (compared without case, diacritics or
 * apostrophe variants): the text could only link one of them, and a reader would get the wrong card.
 */
export function checkGlossaryAliasesUnique(glossary: readonly GlossaryEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const language of ['nl', 'en'] as const) {
    const owners = new Map<string, string>();
    for (const entry of glossary) {
      entry.data.aliases[language].forEach((alias, index) => {
        const key = aliasKey(alias);
        const owner = owners.get(key);
        if (owner && owner !== entry.id) {
          problems.push({
            file: entry.filePath,
            field: `aliases.${language}[${index}]`,
            message: `"${alias}" is already an alias of "${owner}". Keep it in one entry only, or make it more specific (e.g. a full name).`,
          });
        } else owners.set(key, entry.id);
      });
    }
  }
  return problems;
}
