/**
 * The glossary as the term matcher takes it (src/text/term-matcher.ts): each entry's forms in one
 * language and whether they match case. One function, so the site's marking and the importer's
 * missing-names report (src/tooling/missing-names.ts) agree on what the glossary covers.
 */
import type { Locale } from '../i18n/routes.ts';
import type { AliasSource } from '../text/term-matcher.ts';
import type { GlossaryData } from './schemas/glossary.ts';

export function aliasSources(entries: readonly { id: string; data: Pick<GlossaryData, 'aliases' | 'matchCase'> }[], language: Locale): AliasSource[] {
  return entries.map((entry) => ({ id: entry.id, aliases: entry.data.aliases[language], matchCase: entry.data.matchCase }));
}
