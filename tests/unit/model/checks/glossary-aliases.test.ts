import { describe, expect, test } from 'vitest';
import { checkGlossaryAliasesUnique } from '../../../../src/model/checks/glossary-alias-unique.ts';
import { checkGlossaryAliasesUsed } from '../../../../src/model/checks/glossary-alias-used.ts';
import { glossarySchema } from '../../../../src/model/schemas/glossary.ts';
import { analyseArticle } from '../../../../src/markdown/processor.ts';
import { compileTermMatcher } from '../../../../src/text/term-matcher.ts';

const entry = (id: string, aliases: string[]) => ({
  id,
  filePath: `content/glossary/${id}.yaml`,
  data: glossarySchema.parse({
    kind: 'person',
    name: { nl: id, en: id },
    aliases,
    short: { nl: 'Kort.', en: 'Short.' },
    description: { nl: 'Lang.', en: 'Long.' },
    reviewed: '2026-11-27',
  }),
});

describe('checkGlossaryAliasesUnique', () => {
  test('an alias claimed by a second entry is reported there, whatever its case or apostrophe', () => {
    const problems = checkGlossaryAliasesUnique([entry('kremlin', ['Kremlin', 'grensregio’s']), entry('moskou', ['Moskou', 'KREMLIN', "grensregio's"])]);
    expect(problems).toEqual([
      { file: 'content/glossary/moskou.yaml', field: 'aliases[1]', message: expect.stringContaining('already an alias of "kremlin"') },
      { file: 'content/glossary/moskou.yaml', field: 'aliases[2]', message: expect.stringContaining('already an alias of "kremlin"') },
    ]);
  });

  test('distinct aliases pass', () => {
    expect(checkGlossaryAliasesUnique([entry('poetin', ['Poetin', 'Poetins']), entry('biden', ['Biden'])])).toEqual([]);
  });
});

describe('checkGlossaryAliasesUsed', () => {
  /** The warnings for these entries over one text, through the analysis the build makes of it. */
  const warnings = (entries: ReturnType<typeof entry>[], text: string) => {
    const glossary = compileTermMatcher(entries.map((one) => ({ id: one.id, aliases: one.data.aliases })));
    return checkGlossaryAliasesUsed(entries, [analyseArticle(text, { glossary, quotes: [] })]);
  };

  test('aliases no article marks are one warning per entry, naming file, field and what to do', () => {
    expect(warnings([entry('kyiv', ['Kyiv', 'Kiev', 'Kijev'])], 'Washington wil Kyiv niet afvallen.')).toEqual([
      { file: 'content/glossary/kyiv.yaml', field: 'aliases', message: '"Kiev", "Kijev" mark nothing in any article yet. Check the spelling; keep a form that articles to come will use.' },
    ]);
  });

  test('forms the matcher cannot tell apart are reported once', () => {
    expect(warnings([entry('grensregios', ['grensregio’s', "grensregio's"])], 'Geen grensregio hier.')[0]?.message).toMatch(/^"grensregio's" marks nothing/);
  });

  test('an alias used only inside a compound counts as used', () => {
    expect(warnings([entry('atacms', ['Atacms'])], 'als de Atacms-raket was geleverd')).toEqual([]);
  });

  test('an alias seen only in a heading marks nothing, and says so', () => {
    expect(warnings([entry('atacms', ['Atacms'])], '## Atacms\n\nGeen raket.')).toHaveLength(1);
  });
});
