import { describe, expect, test } from 'vitest';
import { checkGlossaryAliasesUnique } from '../../../../src/model/checks/glossary-alias-unique.ts';
import { checkGlossaryAliasesUsed } from '../../../../src/model/checks/glossary-alias-used.ts';
import { glossarySchema } from '../../../../src/model/schemas/glossary.ts';

const entry = (id: string, aliases: string[]) => ({
  id,
  filePath: `content/glossary/${id}.yaml`,
  data: glossarySchema.parse({
    kind: 'person',
    name: { nl: id, en: id },
    aliases,
    short: { nl: 'Kort.', en: 'Short.' },
    description: { nl: 'Lang.', en: 'Long.' },
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
  test('an alias no article uses is a warning naming file and field', () => {
    const problems = checkGlossaryAliasesUsed([entry('kyiv', ['Kyiv', 'Kiev'])], ['Washington wil Kyiv niet afvallen.']);
    expect(problems).toEqual([{ file: 'content/glossary/kyiv.yaml', field: 'aliases[1]', message: expect.stringContaining('"Kiev" occurs in no article') }]);
  });

  test('an alias used only inside a compound counts as used', () => {
    expect(checkGlossaryAliasesUsed([entry('atacms', ['Atacms'])], ['als de Atacms-raket was geleverd'])).toEqual([]);
  });
});
