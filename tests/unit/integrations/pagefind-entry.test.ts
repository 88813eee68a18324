/** Joining the entries of per-language Pagefind passes gives the entry of one pass over all records. */
import { describe, expect, test } from 'vitest';
import { mergeEntries, type PagefindEntry } from '../../../src/integrations/pagefind-entry.ts';

const include_characters = ['_', '‿'];
const nl: PagefindEntry = { version: '1.6.0', languages: { nl: { hash: 'nl_641921453d', wasm: 'nl', page_count: 8608 } }, include_characters };
const en: PagefindEntry = { version: '1.6.0', languages: { en: { hash: 'en_10b5f8b373', wasm: 'en', page_count: 8608 } }, include_characters };

describe('mergeEntries', () => {
  test('lists every language in name order, as one pass over all records does, and keeps the other fields', () => {
    const merged = mergeEntries([nl, en]);
    // The entry one Pagefind pass wrote for the same records (measured on the scale bench's content).
    expect(JSON.stringify(merged)).toBe(JSON.stringify({ version: '1.6.0', languages: { en: en.languages.en, nl: nl.languages.nl }, include_characters }));
  });

  test('refuses indexes of two Pagefind versions', () => {
    expect(() => mergeEntries([nl, { ...en, version: '1.7.0' }])).toThrow(/two versions/);
  });

  test('refuses to make an entry of nothing', () => {
    expect(() => mergeEntries([])).toThrow(/no Pagefind index/);
  });
});
