import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { expandQuery, normaliseQuery, suggestSpelling, variantEntry, wordSearches } from '../../../src/site/search-variants.ts';
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
