import { describe, expect, test } from 'vitest';
import { checkGlossaryAliasesUnique } from '../../../../src/model/checks/glossary-alias-unique.ts';
import { checkGlossaryAliasesUsed } from '../../../../src/model/checks/glossary-alias-used.ts';
import { glossarySchema } from '../../../../src/model/schemas/glossary.ts';
import { analyseArticle, analyseTranslation } from '../../../../src/markdown/processor.ts';
import { compileTermMatcher } from '../../../../src/text/term-matcher.ts';

const entry = (id: string, aliases: string[], english: string[] = []) => ({
  id,
  filePath: `content/glossary/${id}.yaml`,
  data: glossarySchema.parse({
    kind: 'person',
    name: { nl: id, en: id },
    slug: { en: id },
    aliases: { nl: aliases, en: english },
    short: { nl: 'Kort.', en: 'Short.' },
    description: { nl: 'Lang.', en: 'Long.' },
    reviewed: '2026-11-27',
  }),
});

describe('checkGlossaryAliasesUnique', () => {
  test('an alias claimed by a second entry is reported there, whatever its case or apostrophe', () => {
    const problems = checkGlossaryAliasesUnique([entry('kremlin', ['Kremlin', 'grensregio’s']), entry('moskou', ['Moskou', 'KREMLIN', "grensregio's"])]);
    expect(problems).toEqual([
      { file: 'content/glossary/moskou.yaml', field: 'aliases.nl[1]', message: expect.stringContaining('already an alias of "kremlin"') },
      { file: 'content/glossary/moskou.yaml', field: 'aliases.nl[2]', message: expect.stringContaining('already an alias of "kremlin"') },
    ]);
  });

  test('each language is checked on its own: a form may be Dutch for one entry and English for another', () => {
    expect(checkGlossaryAliasesUnique([entry('kremlin', ['Kremlin'], ['Kremlin']), entry('moskou', ['Moskou'], ['Moscow', 'kremlin'])])).toEqual([
      { file: 'content/glossary/moskou.yaml', field: 'aliases.en[1]', message: expect.stringContaining('already an alias of "kremlin"') },
    ]);
    expect(checkGlossaryAliasesUnique([entry('westen', ['Westen'], ['West']), entry('west', ['West'], ['Western'])])).toEqual([]);
  });

  test('distinct aliases pass', () => {
    expect(checkGlossaryAliasesUnique([entry('poetin', ['Poetin', 'Poetins']), entry('biden', ['Biden'])])).toEqual([]);
  });
});

describe('checkGlossaryAliasesUsed', () => {
  /** The warnings for these entries over one text, through the analysis the build makes of it. */
  const warnings = (entries: ReturnType<typeof entry>[], text: string) => {
    const glossary = compileTermMatcher(entries.map((one) => ({ id: one.id, aliases: one.data.aliases.nl })));
    return checkGlossaryAliasesUsed(entries, { nl: [analyseArticle(text, { glossary, quotes: [] })], en: [] });
  };

  test('aliases no article marks are one warning per entry, naming file, field and what to do', () => {
    expect(warnings([entry('kyiv', ['Kyiv', 'Kiev', 'Kijev'])], 'Washington wil Kyiv niet afvallen.')).toEqual([
      { file: 'content/glossary/kyiv.yaml', field: 'aliases.nl', message: '"Kiev", "Kijev" mark nothing in any article yet. Check the spelling; keep a form that articles to come will use.' },
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

  test('English forms are looked for in the translations, and only once there is one', () => {
    const kyiv = entry('kyiv', ['Kyiv'], ['Kyiv', 'Kiev']);
    const dutch = analyseArticle('Washington wil Kyiv niet afvallen.', { glossary: compileTermMatcher([{ id: 'kyiv', aliases: ['Kyiv'] }]), quotes: [] });
    const english = analyseTranslation([{ id: 'washington-wil-kyiv', tagName: 'p', text: 'Washington does not want to abandon Kyiv.' }], {
      glossary: compileTermMatcher([{ id: 'kyiv', aliases: ['Kyiv', 'Kiev'] }]),
      quotes: [],
    });
    expect(checkGlossaryAliasesUsed([kyiv], { nl: [dutch], en: [] })).toEqual([]);
    expect(checkGlossaryAliasesUsed([kyiv], { nl: [dutch], en: [english] })).toEqual([
      { file: 'content/glossary/kyiv.yaml', field: 'aliases.en', message: '"Kiev" marks nothing in any English translation yet. Check the spelling; keep a form that articles to come will use.' },
    ]);
  });
});
