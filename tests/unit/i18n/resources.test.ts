import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import { useTranslations } from '../../../src/i18n/index.ts';
import nl from '../../../src/i18n/nl.json' with { type: 'json' };
import { glossaryKinds } from '../../../src/model/schemas/glossary.ts';
import { root } from '../../support/paths.ts';

/** Every `t('key')` call in the source tree. */
function keysUsedInSource(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return keysUsedInSource(path);
    if (!/\.(astro|ts)$/.test(entry.name)) return [];
    return [...readFileSync(path, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((match) => match[1] as string);
  });
}

describe('i18n resources', () => {
  test('English has exactly the keys of Dutch, the reference', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  test('no value is empty', () => {
    for (const resource of [nl, en]) {
      for (const [key, value] of Object.entries(resource)) expect(value.trim(), key).not.toBe('');
    }
  });

  test('every key the components use exists', () => {
    const used = new Set(keysUsedInSource());
    expect(used.size).toBeGreaterThan(10);
    // A counted string exists as its plural forms (`key_one`, `key_other`), as i18next looks them up.
    const plural = /_(zero|one|two|few|many|other)$/;
    const keys = new Set(Object.keys(nl).map((key) => key.replace(plural, '')));
    for (const key of used) expect(keys.has(key.replace(plural, '')), key).toBe(true);
  });

  test('every glossary kind has a name and a heading in both languages', () => {
    for (const resource of [nl, en] as Record<string, string>[]) {
      for (const kind of glossaryKinds) {
        expect(resource[`glossary.kind.${kind}`], kind).toBeTruthy();
        expect(resource[`glossary.kinds.${kind}`], kind).toBeTruthy();
      }
    }
  });

  test('counts use the language\'s plural rules', () => {
    expect(useTranslations('nl')('glossary.passages', { count: 1 })).toBe('1 passage');
    expect(useTranslations('en')('glossary.passages', { count: 3 })).toBe('3 passages');
  });

  test('interpolation fills values and the two languages differ', () => {
    expect(useTranslations('nl')('translation.by', { translator: 'Duiding' })).toBe('Vertaald door Duiding uit het Nederlandse origineel');
    expect(useTranslations('en')('translation.by', { translator: 'Duiding' })).toBe('Translated by Duiding from the Dutch original');
  });
});
