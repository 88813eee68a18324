import { describe, expect, test } from 'vitest';
import { quoteSentences } from '../../../src/text/quote-sentences.ts';

const passage = 'Biden is bang. Zo weigert Washington de Atacms te leveren. Londen levert wel.';
const at = (word: string) => ({ start: passage.indexOf(word), end: passage.indexOf(word) + word.length });

describe('quoteSentences', () => {
  test('quotes only the sentences with a mention, the mention marked', () => {
    expect(quoteSentences(passage, [at('Atacms')])).toEqual([
      [
        { text: 'Zo weigert Washington de ', mark: false },
        { text: 'Atacms', mark: true },
        { text: ' te leveren.', mark: false },
      ],
    ]);
  });

  test('marks the ranges given, not other words that look the same', () => {
    const text = 'Atacms en Atacms.';
    expect(quoteSentences(text, [{ start: 10, end: 16 }])).toEqual([[{ text: 'Atacms en ', mark: false }, { text: 'Atacms', mark: true }, { text: '.', mark: false }]]);
  });

  test('keeps sentence order whatever the order of the ranges', () => {
    const quoted = quoteSentences(passage, [at('Londen'), at('Biden')]);
    expect(quoted.map((parts) => parts.map((part) => part.text).join(''))).toEqual(['Biden is bang.', 'Londen levert wel.']);
  });

  test('no ranges, no quote', () => {
    expect(quoteSentences(passage, [])).toEqual([]);
  });
});
