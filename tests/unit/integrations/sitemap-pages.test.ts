import { describe, expect, test } from 'vitest';
import { listedInSitemap, sitemapLinks } from '../../../src/integrations/sitemap-pages.ts';

const alternates = [
  { hreflang: 'nl-NL', href: 'https://d.example/begrippen/poetin/' },
  { hreflang: 'en-GB', href: 'https://d.example/en/glossary/putin/' },
  { hreflang: 'x-default', href: 'https://d.example/begrippen/poetin/' },
];

describe('the sitemap, from the pages', () => {
  test('lists a page that names itself canonical, not a moved page, a noindex page or one without a canonical URL', () => {
    expect(listedInSitemap('/en/glossary/putin/', { canonical: 'https://d.example/en/glossary/putin/', alternates, noindex: false })).toBe(true);
    expect(listedInSitemap('/en/glossary/poetin/', { canonical: 'https://d.example/en/glossary/putin/', alternates: [], refresh: '/en/glossary/putin/', noindex: true })).toBe(false);
    expect(listedInSitemap('/en/glossary/putin/', { canonical: 'https://d.example/en/glossary/putin/', alternates, noindex: true })).toBe(false);
    expect(listedInSitemap('/404.html', { alternates: [], noindex: false })).toBe(false);
    expect(listedInSitemap('/x/', undefined)).toBe(false);
  });

  test('gives each page the alternates its head names, per language (localised slugs included)', () => {
    expect(sitemapLinks({ alternates, noindex: false })).toEqual([
      { lang: 'nl-NL', url: 'https://d.example/begrippen/poetin/' },
      { lang: 'en-GB', url: 'https://d.example/en/glossary/putin/' },
    ]);
  });
});
