import { describe, expect, test } from 'vitest';
import { alternatesFor, locales, ogLocale, pathFor, type Route, routeOf } from '../../../src/i18n/routes.ts';

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
  });

  test('a missing parameter is an error, not a broken link', () => {
    expect(() => pathFor({ name: 'article', slug: '' }, 'nl')).toThrow(/slug/);
  });
});

describe('routeOf', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'article', slug: 'drones-moskou-witte-huis' },
    { name: 'glossary' },
    { name: 'glossaryEntry', id: 'atacms' },
    { name: 'timeline' },
    { name: 'search' },
  ];

  test.each(routes)('reads back every path pathFor makes: %o', (route) => {
    for (const locale of locales) expect(routeOf(pathFor(route, locale))).toEqual({ route, locale });
  });

  test('a path outside the scheme is no route', () => {
    expect(routeOf('/404.html')).toBeUndefined();
    expect(routeOf('/og/nl/site.png')).toBeUndefined();
    expect(routeOf('/artikelen/a/b/')).toBeUndefined();
  });
});

describe('ogLocale', () => {
  test('uses the underscore form Open Graph expects', () => {
    expect(ogLocale('nl')).toBe('nl_NL');
    expect(ogLocale('en')).toBe('en_GB');
  });
});
