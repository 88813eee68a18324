import { describe, expect, test } from 'vitest';
import { checkGlossaryFactTimes } from '../../../../src/model/checks/glossary-fact-times.ts';
import { glossarySchema } from '../../../../src/model/schemas/glossary.ts';

const role = { label: { nl: 'Functie', en: 'Role' }, value: { nl: 'Minister van Buitenlandse Zaken', en: 'Foreign Secretary' }, source: { name: 'GOV.UK' } };

const entry = (short: { nl: string; en: string }, fact: object, reviewed = '2026-11-27') => ({
  id: 'cleverly',
  filePath: 'content/glossary/cleverly.yaml',
  data: glossarySchema.parse({
    kind: 'person',
    name: { nl: 'James Cleverly', en: 'James Cleverly' },
    slug: { en: 'cleverly' },
    aliases: { nl: ['Cleverly'] },
    short,
    description: { nl: 'Brits politicus.', en: 'British politician.' },
    facts: [{ ...role, ...fact }],
    reviewed,
  }),
});

const messages = (one: ReturnType<typeof entry>) => checkGlossaryFactTimes([one]).map((problem) => `${problem.field}: ${problem.message}`);

describe('facts and their time', () => {
  const ended = { from: '2022-09-06', until: '2023-11-13' };

  test('an ended role restated without a time fails in each language, naming the fact', () => {
    expect(messages(entry({ nl: 'Minister van Buitenlandse Zaken van het VK.', en: 'The Foreign Secretary of the UK.' }, ended))).toEqual([
      'short.nl: "Minister van Buitenlandse Zaken van het VK." states "Minister van Buitenlandse Zaken" as current, but it ended in 13 November 2023 (facts[0].until). Put it in the past with its years, e.g. "Minister van Buitenlandse Zaken (2022–2023)" or "voormalig …".',
      'short.en: "The Foreign Secretary of the UK." states "Foreign Secretary" as current, but it ended in 13 November 2023 (facts[0].until). Put it in the past with its years, e.g. "Foreign Secretary (2022–2023)" or "former …".',
    ]);
  });

  test('the same role with its years, or as former, passes; so does a role that still holds', () => {
    expect(messages(entry({ nl: 'Minister van Buitenlandse Zaken van 2022 tot 2023.', en: 'Former Foreign Secretary of the UK.' }, ended))).toEqual([]);
    expect(messages(entry({ nl: 'Minister van Buitenlandse Zaken.', en: 'Foreign Secretary.' }, { from: '2022-09-06' }))).toEqual([]);
  });

  test('a role that ends after the review day is refused: the entry cannot know it yet', () => {
    expect(messages(entry({ nl: 'Brits politicus.', en: 'British politician.' }, { from: '2022-09-06', until: '2027-01-01' }))).toEqual([
      'facts[0].until: (2027-01-01) lies after the day the entry was reviewed (27 November 2026). Check the date, and set "reviewed" to the day you checked it.',
    ]);
  });
});
