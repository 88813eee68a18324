import { describe, expect, test } from 'vitest';
import { quoteFinder } from '../../../src/text/quote-matcher.ts';

/** Where `quote` stands in `text`, with a finder made for this one lookup. */
const findQuote = (text: string, quote: string) => quoteFinder(text)(quote);

const paragraph =
  'De zuinige reactie van het Witte Huis was voor de Russische ambassadeur in de VS reden voor een felle aanval. ‘Wat zijn deze pogingen om zich te verschuilen achter de opmerking dat ze ‘informatie verzamelen’’, aldus Anatoly Antonov.';

const quoted = (text: string, quote: string) => {
  const found = findQuote(text, quote);
  return found && text.slice(found.start, found.end);
};

describe('a quote finder', () => {
  test('finds the exact words and returns them as written', () => {
    expect(quoted(paragraph, 'reden voor een felle aanval.')).toBe('reden voor een felle aanval.');
  });

  test('straight quotes and apostrophes in the quote match the typographic ones in the text', () => {
    expect(quoted(paragraph, "dat ze 'informatie verzamelen''")).toBe('dat ze ‘informatie verzamelen’’');
    expect(quoted('zo’n 300 kilometer', "zo'n 300 kilometer")).toBe('zo’n 300 kilometer');
    expect(quoted('“Storm Shadow”', '"Storm Shadow"')).toBe('“Storm Shadow”');
  });

  test('any whitespace in text or quote is one space', () => {
    expect(quoted('het Witte\n   Huis was', '  het Witte Huis\twas ')).toBe('het Witte\n   Huis was');
  });

  test('case and every other character must match', () => {
    expect(findQuote(paragraph, 'de zuinige reactie')).toBeUndefined();
    expect(findQuote(paragraph, 'De zuinige reacties')).toBeUndefined();
    expect(findQuote(paragraph, '')).toBeUndefined();
  });

  test('composed and decomposed letters are the same', () => {
    expect(quoted('Oekraïense terroristen', 'Oekrai\u0308ense terroristen')).toBe('Oekraïense terroristen');
  });

  test('a combining mark with no letter before it, and letters outside the BMP, keep their offsets', () => {
    expect(quoted('\u0308x 𝐀𝐁 “z”', '𝐀𝐁 "z"')).toBe('𝐀𝐁 “z”');
    expect(quoted('\u0308x  y', 'x y')).toBe('x  y');
  });
});

describe('one finder for many quotes', () => {
  test('reads a text once and finds every quote in it as a finder made for each would', () => {
    const find = quoteFinder(paragraph);
    const quotes = ['De zuinige reactie', "dat ze 'informatie verzamelen''", 'aldus Anatoly Antonov.', 'de zuinige reactie', ''];
    expect(quotes.map(find)).toEqual(quotes.map((quote) => findQuote(paragraph, quote)));
    expect(quotes.map(find).filter(Boolean)).toHaveLength(3);
  });
});
