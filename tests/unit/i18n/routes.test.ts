import { describe, expect, test } from 'vitest';
import { alternatesFor, ogLocale, pathFor } from '../../../src/i18n/routes.ts';

describe('routes', () => {
  test('Dutch pages live at the root, English ones under /en/ with English path words', () => {
    expect(alternatesFor({ name: 'article', slug: 'drones-moskou' })).toEqual({
      nl: '/artikelen/drones-moskou/',
      en: '/en/articles/drones-moskou/',
    });
    expect(alternatesFor({ name: 'home' })).toEqual({ nl: '/', en: '/en/' });
  });

  test('a parameter is encoded, never passed through as path syntax', () => {
    expect(pathFor({ name: 'article', slug: 'a/../b' }, 'nl')).toBe('/artikelen/a%2F..%2Fb/');
    // A period keeps its slashes, and only a period does.
    expect(pathFor({ name: 'timelinePeriod', period: '2023/05' }, 'en')).toBe('/en/timeline/2023/05/');
    expect(pathFor({ name: 'archive', period: '2023/../x' }, 'nl')).toBe('/archief/2023%2F..%2Fx/');
  });

  test('a missing parameter is an error, not a broken link', () => {
    expect(() => pathFor({ name: 'article', slug: '' }, 'nl')).toThrow(/slug/);
  });

  test('a glossary entry has its own slug in each language, so its alternates are two different words', () => {
    expect(alternatesFor({ name: 'glossaryEntry', slug: { nl: 'poetin', en: 'putin' } })).toEqual({
      nl: '/begrippen/poetin/',
      en: '/en/glossary/putin/',
    });
    expect(() => pathFor({ name: 'glossaryEntry', slug: { nl: 'poetin', en: '' } }, 'en')).toThrow(/slug/);
  });
});

describe('ogLocale', () => {
  test('uses the underscore form Open Graph expects', () => {
    expect(ogLocale('nl')).toBe('nl_NL');
    expect(ogLocale('en')).toBe('en_GB');
  });
});
