import { describe, expect, test } from 'vitest';
import { alternatesFor, pathFor } from '../../../src/lib/routes.ts';

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
