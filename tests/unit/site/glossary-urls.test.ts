/**
 * English glossary pages live at their English slug (`/en/glossary/putin/`), Dutch ones at the file
 * name (`/begrippen/poetin/`): every place that links an entry, on the real content.
 */
import { describe, expect, test } from 'vitest';
import { alternatesFor, pathFor } from '../../../src/i18n/routes.ts';
import { createModel } from '../../../src/model/create-model.ts';
import { entryRoute, entryRouteById, formerEnglishRoute } from '../../../src/model/glossary-urls.ts';
import { articleHtml } from '../../../src/site/article-html.ts';
import { ogImagePath, ogImages } from '../../../src/site/og-images.ts';
import { glossaryEntryParams, glossaryEntryView } from '../../../src/site/views/glossary-entry.ts';
import { glossaryIndexView } from '../../../src/site/views/glossary-index.ts';
import { readContent } from '../../support/content.ts';

const model = createModel(readContent());
const site = new URL('https://duiding.example/');
const poetin = model.entryById.get('poetin');
if (!poetin) throw new Error('The real content has no poetin.yaml.');

describe('glossary URLs', () => {
  test('an entry\'s route carries its slug in each language', () => {
    expect(alternatesFor(entryRoute(poetin))).toEqual({ nl: '/begrippen/poetin/', en: '/en/glossary/putin/' });
    expect(entryRouteById(model, 'atacms')).toEqual({ name: 'glossaryEntry', slug: { nl: 'atacms', en: 'atacms' } });
    expect(() => entryRouteById(model, 'niemand')).toThrow(/no glossary entry "niemand"/);
  });

  test('the former English URL is the file name, and only where the slug differs', () => {
    expect(pathFor(formerEnglishRoute(poetin) ?? { name: 'home' }, 'en')).toBe('/en/glossary/poetin/');
    expect(formerEnglishRoute(model.entryById.get('atacms') ?? poetin)).toBeUndefined();
  });

  test('each language builds its pages at its own slugs, handing the view the entry id', () => {
    expect(glossaryEntryParams(model, 'en')).toContainEqual({ params: { slug: 'putin' }, props: { id: 'poetin' } });
    expect(glossaryEntryParams(model, 'nl')).toContainEqual({ params: { slug: 'poetin' }, props: { id: 'poetin' } });
  });

  test('the entry page\'s URL, canonical route and JSON-LD use the English slug', () => {
    const view = glossaryEntryView(model, 'poetin', 'en', site);
    expect(view.entry.href).toBe('/en/glossary/putin/');
    expect(alternatesFor(view.route)).toEqual({ nl: '/begrippen/poetin/', en: '/en/glossary/putin/' });
    expect(JSON.stringify(view.jsonLd)).toContain('https://duiding.example/en/glossary/putin/');
    expect(JSON.stringify(view.jsonLd)).not.toContain('/en/glossary/poetin/');
  });

  test('term links in the English article, cards and preview images use English slugs (search: tests/e2e/search.test.ts)', () => {
    const html = articleHtml(model, 'drones-moskou-witte-huis', 'en');
    expect(html).toContain('href="/en/glossary/putin/"');
    expect(html).toContain('href="/en/glossary/white-house/"');
    expect(html).not.toMatch(/href="\/en\/glossary\/(poetin|witte-huis)\/"/);
    expect(articleHtml(model, 'drones-moskou-witte-huis', 'nl')).toContain('href="/begrippen/poetin/"');
    const cards = glossaryIndexView(model, 'en').groups.flatMap((group) => group.entries);
    expect(cards.find((card) => card.id === 'poetin')?.href).toBe('/en/glossary/putin/');
    expect(ogImages(model, 'en').map(({ route }) => ogImagePath(route, 'en'))).toContain('/og/en/glossary/putin.png');
  });
});
