import { describe, expect, test } from 'vitest';
import { ogImageParam, ogImagePath, ogImages, type OgContent } from '../../../src/site/og-images.ts';
import type { Route } from '../../../src/i18n/routes.ts';

const titles = { nl: 'Drones in Moskou brengen het Witte Huis in een steeds lastiger parket', en: 'Drones in Moscow put the White House in an increasingly awkward position' };
const content: OgContent = {
  // As src/model/edition.ts gives them: the translation's words for English.
  articles: (locale) => [{ id: 'drones-moskou-witte-huis', title: titles[locale], standfirst: locale === 'nl' ? 'Moskou was het doelwit.' : 'Moscow was the target.' }],
  glossary: [
    {
      id: 'kruisraket',
      data: {
        kind: 'weapon',
        name: { nl: 'Storm Shadow', en: 'Storm Shadow' },
        slug: { en: 'cruise-missile' },
        short: { nl: 'Brits-Franse kruisraket.', en: 'British-French cruise missile.' },
      },
    },
  ],
};

describe('ogImagePath', () => {
  test('articles, glossary entries and the timeline have their own image, per language', () => {
    expect(ogImagePath({ name: 'article', slug: 'drones-moskou-witte-huis' }, 'nl')).toBe('/og/nl/article/drones-moskou-witte-huis.png');
    expect(ogImagePath({ name: 'article', slug: 'drones-moskou-witte-huis' }, 'en')).toBe('/og/en/article/drones-moskou-witte-huis.png');
    // Named like the page, so with the entry's slug in each language.
    expect(ogImagePath({ name: 'glossaryEntry', slug: { nl: 'poetin', en: 'putin' } }, 'nl')).toBe('/og/nl/glossary/poetin.png');
    expect(ogImagePath({ name: 'glossaryEntry', slug: { nl: 'poetin', en: 'putin' } }, 'en')).toBe('/og/en/glossary/putin.png');
    expect(ogImagePath({ name: 'timeline' }, 'nl')).toBe('/og/nl/timeline.png');
    expect(ogImagePath({ name: 'timeline' }, 'en')).toBe('/og/en/timeline.png');
  });

  test('every other page shares the site image of its language', () => {
    for (const route of [{ name: 'home' }, { name: 'glossary' }, { name: 'search' }] satisfies Route[]) {
      expect(ogImagePath(route, 'nl')).toBe('/og/nl/site.png');
      expect(ogImagePath(route, 'en')).toBe('/og/en/site.png');
    }
  });

  test('a parameter is encoded, never passed through as path syntax', () => {
    expect(ogImagePath({ name: 'article', slug: 'a/../b' }, 'nl')).toBe('/og/nl/article/a%2F..%2Fb.png');
  });

  test('the endpoint parameter is the path without folder and extension', () => {
    expect(ogImageParam({ name: 'article', slug: 'drones-moskou-witte-huis' }, 'en')).toBe('en/article/drones-moskou-witte-huis');
    expect(ogImageParam({ name: 'search' }, 'nl')).toBe('nl/site');
  });
});

describe('ogImages', () => {
  test('one image per article, glossary entry, timeline and site, each at a distinct path', () => {
    const images = ogImages('nl', content);
    const paths = images.map(({ route }) => ogImagePath(route, 'nl'));
    expect(paths.sort()).toEqual([
      '/og/nl/article/drones-moskou-witte-huis.png',
      '/og/nl/glossary/kruisraket.png',
      '/og/nl/site.png',
      '/og/nl/timeline.png',
    ]);
    expect(ogImages('en', content).map(({ route }) => ogImagePath(route, 'en'))).toContain('/og/en/glossary/cruise-missile.png');
  });

  test('cards carry the interface language’s labels and the entry’s own text', () => {
    const card = (locale: 'nl' | 'en', name: Route['name']) => ogImages(locale, content).find(({ route }) => route.name === name)?.card;
    expect(card('nl', 'glossaryEntry')).toEqual({
      label: 'Begrippen · Wapen',
      title: 'Storm Shadow',
      description: 'Brits-Franse kruisraket.',
      footer: 'Duiding — Nieuws, uitgelegd',
      lang: 'nl',
    });
    expect(card('en', 'glossaryEntry')).toMatchObject({ label: 'Glossary · Weapon', description: 'British-French cruise missile.', lang: 'en' });
    expect(card('en', 'article')).toMatchObject({ label: 'Articles', title: titles.en, description: 'Moscow was the target.', footer: 'Duiding — News, explained' });
    expect(card('nl', 'article')).toMatchObject({ title: titles.nl, lang: 'nl' });
    expect(card('nl', 'timeline')).toMatchObject({ label: 'Tijdlijn' });
    expect(card('en', 'home')).toMatchObject({ label: '' });
  });
});
