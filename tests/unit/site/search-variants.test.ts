import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { allowedEdits, expandQuery, highlightWords, holdsSearchedWord, markedWords, normaliseQuery, suggestSpelling, tooGeneral, variantEntry, wordSearches } from '../../../src/site/search-variants.ts';
import { glossarySchema } from '../../../src/model/schemas/glossary.ts';
import { root } from '../../support/paths.ts';

/** The real glossary: the variants must come from it, not from a list kept here. */
const entries = readdirSync(`${root}content/glossary`).map((name) =>
  variantEntry(glossarySchema.parse(load(readFileSync(`${root}content/glossary/${name}`, 'utf8')))),
);

describe('normaliseQuery', () => {
  test('ignores case, diacritics, apostrophe variants, hyphens and spacing', () => {
    expect(normaliseQuery('  Oekraïne ')).toBe('oekraine');
    expect(normaliseQuery('grensregio’s')).toBe(normaliseQuery("GRENSREGIO'S"));
    expect(normaliseQuery('Storm-Shadow')).toBe('storm shadow');
  });
});

describe('expandQuery', () => {
  test.each([
    ['Putin', ['Poetin', 'Poetins']],
    ['ATACMS', ['Atacms']],
    ['atacms-raket', ['Atacms']],
    ['Zelenskyy', ['Zelensky', 'Volodymyr Zelensky']],
    ['Kiev', ['Kyiv']],
    ['White House', ['Witte Huis']],
    ['kernwapen', ['tactische kernwapens', 'kernwapenarsenaal']],
    ['oekraine', ['Oekraïne']],
  ])('%s also searches the forms the article uses: %j', (query, forms) => {
    const searches = expandQuery(query, entries);
    expect(searches[0]).toBe(query);
    for (const form of forms) expect(searches.map(normaliseQuery)).toContain(normaliseQuery(form));
  });

  test('a glossary name inside a longer query is replaced by each of its forms', () => {
    const searches = expandQuery('Putin reactie', entries);
    expect(searches).toContain('Poetin reactie');
    expect(searches).toContain('Poetins reactie');
  });

  test('a word that is no glossary spelling is searched as typed, once', () => {
    expect(expandQuery('brandschoon', entries)).toEqual(['brandschoon']);
    expect(expandQuery('   ', entries)).toEqual([]);
  });

  test('never runs more searches than the limit', () => {
    expect(expandQuery('Putin Biden Zelensky Kiev', entries, 5).length).toBeLessThanOrEqual(5);
  });
});

describe('suggestSpelling', () => {
  test.each([
    ['Atacsm', 'Atacms'],
    ['Zelenksy', 'Zelensky'],
    ['Storm Shaddow', 'Storm Shadow'],
  ])('%s → %s', (query, suggestion) => {
    expect(normaliseQuery(suggestSpelling(query, entries) ?? '')).toBe(normaliseQuery(suggestion));
  });

  test('suggests nothing for an exact spelling, a short query or a word far from every name', () => {
    expect(suggestSpelling('Atacms', entries)).toBeUndefined();
    expect(suggestSpelling('ab', entries)).toBeUndefined();
    expect(suggestSpelling('brandschoon', entries)).toBeUndefined();
  });

  test('a short word may be one letter off, a longer one more, so Krim is not taken for Kyiv', () => {
    expect([4, 5, 9, 10].map(allowedEdits)).toEqual([1, 2, 2, 3]);
    expect(suggestSpelling('Krim', entries)).toBeUndefined();
    expect(suggestSpelling('Navo', entries)).toBeUndefined();
    expect(suggestSpelling('Kyev', entries)).toBe('Kyiv');
    expect(normaliseQuery(suggestSpelling('Medevedev', entries) ?? '')).toBe('medvedev');
  });

  test('suggests nothing for a stop word, even one close to a name', () => {
    // "wie" (who) is one letter from nothing in the glossary today; "was" is a stop word in both languages.
    expect(suggestSpelling('was', entries)).toBeUndefined();
    expect(suggestSpelling('the', entries)).toBeUndefined();
  });

  test('among equally close spellings, an entry\'s name comes before its other forms', () => {
    const alias = { spellings: ['Kiew'], searches: ['Kyiv'], names: [] };
    const name = { spellings: ['Kiel'], searches: ['Kiel'], names: ['Kiel'] };
    // "Kiex" is one letter from both; whichever comes first in the glossary, the name wins.
    expect(suggestSpelling('Kiex', [alias, name])).toBe('Kiel');
    expect(suggestSpelling('Kiex', [name, alias])).toBe('Kiel');
    expect(suggestSpelling('Kiex', [alias])).toBe('Kiew');
  });
});

describe('tooGeneral', () => {
  test('a query of stop words and short words only is too general; a glossary spelling, a number or a real word is not', () => {
    expect(tooGeneral('de', entries)).toBe(true);
    expect(tooGeneral('the', entries)).toBe(true);
    expect(tooGeneral('was het', entries)).toBe(true);
    expect(tooGeneral('VS', entries)).toBe(false);
    expect(tooGeneral('2023', entries)).toBe(false);
    expect(tooGeneral('de Krim', entries)).toBe(false);
    expect(tooGeneral('Poe', entries)).toBe(false);
  });
});

describe('highlightWords', () => {
  test('each searched word once, without stop words and short words, but with glossary spellings such as VS', () => {
    expect(highlightWords(['wie zat achter de droneaanval op het Kremlin', 'droneaanval Kremlin'], entries)).toEqual(['zat', 'achter', 'droneaanval', 'Kremlin']);
    expect(highlightWords(['VS', 'Verenigde Staten'], entries)).toEqual(['VS', 'Verenigde', 'Staten']);
    expect(highlightWords(['30 mei 2023'], entries)).toEqual(['30', 'mei', '2023']);
  });
});

describe('holdsSearchedWord', () => {
  test('reads the words Pagefind marked', () => {
    expect(markedWords('zouden <mark>na</mark> de aanval en <mark>Oekraïne,</mark> ook')).toEqual(['na', 'Oekraïne,']);
  });

  test('a stemmed match on a word nobody typed does not count: Navo matched as "na"', () => {
    expect(holdsSearchedWord(['na'], ['Navo'])).toBe(false);
    expect(holdsSearchedWord(['de'], ['Black Sea grain deal', 'deal'])).toBe(false);
    expect(holdsSearchedWord(['seat'], ['Sea'])).toBe(false);
  });

  test('inflections, compounds, variants and diacritics do', () => {
    expect(holdsSearchedWord(['drones'], ['drone'])).toBe(true);
    expect(holdsSearchedWord(['droneaanval,'], ['drone aanval'])).toBe(true);
    expect(holdsSearchedWord(['Poetins'], ['Putin', 'Poetin', 'Poetins'])).toBe(true);
    expect(holdsSearchedWord(['Oekraïne.'], ['Oekraine'])).toBe(true);
    expect(holdsSearchedWord(['VS'], ['VS'])).toBe(true);
    expect(holdsSearchedWord(['drones'], ['VS', 'drone'])).toBe(true);
  });

  test('the word being typed may be the start of a marked word, as Pagefind reads the last word', () => {
    expect(holdsSearchedWord(['Poetin'], ['Poe'], 'Poe')).toBe(true);
    expect(holdsSearchedWord(['Storm'], ['Sto'], 'Sto')).toBe(true);
    expect(holdsSearchedWord(['Poetin'], ['Poe'])).toBe(false);
    // Only the last word: "Sea" inside "Black Sea grain deal" is not being typed.
    expect(holdsSearchedWord(['seat'], ['Black Sea grain deal', 'Sea'], 'deal')).toBe(false);
  });

  test('an excerpt with no marks is given the benefit of the doubt', () => {
    expect(holdsSearchedWord([], ['Navo'])).toBe(true);
  });
});

describe('wordSearches', () => {
  test('a question becomes one search per word that carries meaning, each with its glossary forms', () => {
    const searches = wordSearches('waarom levert Putin geen Atacms', entries);
    expect(searches.map((forms) => forms[0])).toEqual(['levert', 'Putin', 'Atacms']);
    expect(searches[1]).toContain('Poetin');
  });

  test('a single word, or words that say nothing, give no extra searches', () => {
    expect(wordSearches('Atacms', entries)).toEqual([]);
    expect(wordSearches('wat is het', entries)).toEqual([]);
  });
});
