import { describe, expect, test } from 'vitest';
import { compileTermMatcher } from '../../../src/text/term-matcher.ts';

const matcher = compileTermMatcher([
  { id: 'atacms', aliases: ['Atacms'] },
  { id: 'storm-shadow', aliases: ['Storm Shadow'] },
  { id: 'storm', aliases: ['Storm'] },
  { id: 'poetin', aliases: ['Poetin', 'Poetins'] },
  { id: 'verenigde-staten', aliases: ['VS'], matchCase: true },
  { id: 'grensregios', aliases: ['grensregio’s'] },
  { id: 'witte-huis', aliases: ['Witte Huis'] },
  { id: 'oekraine', aliases: ['Oekraïne'] },
]);

const found = (text: string) => matcher.find(text).map((match) => [match.id, text.slice(match.start, match.end)]);

describe('compileTermMatcher', () => {
  test('finds whole words only', () => {
    expect(found('Poetin en Poetins reactie, niet Poetinisme')).toEqual([
      ['poetin', 'Poetin'],
      ['poetin', 'Poetins'],
    ]);
  });

  test('ignores case unless the entry matches case', () => {
    expect(found('ATACMS, atacms en Atacms; de VS vs. vs')).toEqual([
      ['atacms', 'ATACMS'],
      ['atacms', 'atacms'],
      ['atacms', 'Atacms'],
      ['verenigde-staten', 'VS'],
    ]);
  });

  test('takes a hyphenated Dutch compound whole', () => {
    expect(found('als de Atacms-raket was geleverd, een VS-president')).toEqual([
      ['atacms', 'Atacms-raket'],
      ['verenigde-staten', 'VS-president'],
    ]);
  });

  test('reads a hyphen as the space of a multi-word alias', () => {
    expect(found('Storm-Shadow-achtige wapens')).toEqual([['storm-shadow', 'Storm-Shadow-achtige']]);
  });

  test('prefers the longest alias at a position', () => {
    expect(found('de Storm Shadow en een Storm')).toEqual([
      ['storm-shadow', 'Storm Shadow'],
      ['storm', 'Storm'],
    ]);
  });

  test('reads any whitespace as one space and any apostrophe as one apostrophe', () => {
    expect(found("het Witte\n   Huis en twee grensregio's")).toEqual([
      ['witte-huis', 'Witte\n   Huis'],
      ['grensregios', "grensregio's"],
    ]);
  });

  test('ignores diacritics, so Oekraine finds Oekraïne', () => {
    expect(found('Oekraine en Oekraïne')).toEqual([
      ['oekraine', 'Oekraine'],
      ['oekraine', 'Oekraïne'],
    ]);
  });

  test('stops at quotes and punctuation around a term', () => {
    expect(found('‘Poetin’, (Atacms). “Storm Shadow”!')).toEqual([
      ['poetin', 'Poetin'],
      ['atacms', 'Atacms'],
      ['storm-shadow', 'Storm Shadow'],
    ]);
  });

  test('offsets point into the original text, also after characters outside the BMP', () => {
    const text = '🚀 Atacms';
    const [match] = matcher.find(text);
    expect(text.slice(match?.start, match?.end)).toBe('Atacms');
  });

  test('the first entry to claim an alias keeps it', () => {
    const twice = compileTermMatcher([
      { id: 'a', aliases: ['Kremlin'] },
      { id: 'b', aliases: ['kremlin'] },
    ]);
    expect(twice.find('Kremlin').map((match) => match.id)).toEqual(['a']);
  });

  test('an empty alias is refused when compiling', () => {
    expect(() => compileTermMatcher([{ id: 'leeg', aliases: ['  '] }])).toThrow(/"leeg" has an empty alias/);
  });

  test('a 1 MB text is matched in one pass, every mention found', () => {
    const sentence = 'Zo weigert Washington nog altijd de Atacms te leveren, aldus Poetins woordvoerder. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const matches = matcher.find(text);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(matches.length).toBe(2 * Math.ceil(1_000_000 / sentence.length));
  });
});
