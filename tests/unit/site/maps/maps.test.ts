/**
 * Every map the site draws, on the real content: labels in the page's language, linked to their
 * entries, inside the frame and never overlapping (the SVG scales as a whole, so a layout without
 * overlap holds at 390 px and at 1366 px alike; tests/e2e/maps.test.ts measures it in Chromium);
 * Crimea drawn and said to be Ukrainian; the border regions not named.
 */
import { describe, expect, test } from 'vitest';
import { overlaps } from '../../../../src/geo/label-layout.ts';
import type { Locale } from '../../../../src/i18n/routes.ts';
import { createModel } from '../../../../src/model/create-model.ts';
import type { MapView } from '../../../../src/site/maps/map-view.ts';
import { articleView } from '../../../../src/site/views/article.ts';
import { glossaryEntryView } from '../../../../src/site/views/glossary-entry.ts';
import { readContent } from '../../../support/content.ts';

const model = createModel(readContent());
const site = new URL('https://duiding.example/');
const slug = 'drones-moskou-witte-huis';
const locales: Locale[] = ['nl', 'en'];
const located = model.glossary.filter((entry) => entry.data.location);
const ranged = model.glossary.filter((entry) => entry.data.facts.some((fact) => fact.drawnAs === 'range-band'));

const article = Object.fromEntries(locales.map((locale) => [locale, articleView(model, slug, locale, site)]));
const entryMaps = locales.flatMap((locale) => [...located, ...ranged].map((entry) => [`${entry.id} (${locale})`, glossaryEntryView(model, entry.id, locale, site).map as MapView] as const));
const allMaps = [...locales.flatMap((locale) => (article[locale]?.maps ?? []).map((map) => [`${map.id} (${locale})`, map] as const)), ...entryMaps];

describe('the maps', () => {
  test('the article has a locator map and a range diagram in each language; every located entry has its map', () => {
    expect(article.nl?.maps.map((map) => map.title)).toEqual(['Waar het gebeurde', 'Wat de raketten vanaf de grens kunnen bereiken']);
    expect(article.en?.maps.map((map) => map.title)).toEqual(['Where it happened', 'What the missiles can reach from the border']);
    expect(entryMaps.every(([, map]) => map)).toBe(true);
    expect(located.map((entry) => entry.id).sort()).toEqual(
      ['kremlin', 'kyiv', 'moskou', 'oekraine', 'rusland', 'russische-grensregios', 'verenigd-koninkrijk', 'verenigde-staten', 'washington'].sort(),
    );
  });

  test.each(allMaps)('%s: no two labels overlap, and every label lies inside the frame', (_, map) => {
    for (const [index, label] of map.labels.entries()) {
      expect(label.box.x).toBeGreaterThanOrEqual(0);
      expect(label.box.y).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(map.width);
      expect(label.box.y + label.box.height).toBeLessThanOrEqual(map.height);
      for (const other of map.labels.slice(index + 1)) expect(overlaps(label.box, other.box), `${label.text} / ${other.text}`).toBe(false);
    }
  });

  test.each(allMaps)('%s: no label covers a dot or an arrow', (_, map) => {
    const marks = [...map.dots, ...map.pointers].map(({ x, y }) => ({ x: x - 3, y: y - 3, width: 6, height: 6 }));
    for (const label of map.labels) for (const mark of marks) expect(overlaps(label.box, mark), label.text).toBe(false);
  });

  test('a weapon whose range is drawn shows its own range diagram on its entry', () => {
    expect(ranged.map((entry) => entry.id).sort()).toEqual(['atacms', 'storm-shadow']);
    const atacms = glossaryEntryView(model, 'atacms', 'nl', site).map as MapView;
    expect(atacms.title).toBe('Wat de Atacms vanaf de grens kan bereiken');
    expect(atacms.ranges.map((range) => range.range)).toEqual(['zo’n 300 km', 'zo’n 165 km']);
    const storm = glossaryEntryView(model, 'storm-shadow', 'en', site).map as MapView;
    expect(storm.title).toBe('What Storm Shadow can reach from the border');
    expect(storm.caption.join(' ')).toContain('launched from aircraft');
    expect(glossaryEntryView(model, 'poetin', 'nl', site).map).toBeUndefined();
  });

  test('labels are in the page’s language and link to the entries', () => {
    const parts = (map: MapView | undefined) => map?.labels.flatMap((label) => label.parts) ?? [];
    expect(parts(article.nl?.maps[0])).toEqual(
      expect.arrayContaining([
        { text: 'Moskou', href: '/begrippen/moskou/' },
        { text: 'Kremlin', href: '/begrippen/kremlin/' },
        { text: 'Kyiv', href: '/begrippen/kyiv/' },
        { text: 'Londen', href: '/begrippen/verenigd-koninkrijk/' },
        { text: 'Washington', href: '/begrippen/washington/' },
        { text: 'Russische grensregio’s', href: '/begrippen/russische-grensregios/' },
      ]),
    );
    expect(parts(article.en?.maps[0])).toEqual(
      expect.arrayContaining([
        { text: 'Moscow', href: '/en/glossary/moscow/' },
        { text: 'London', href: '/en/glossary/united-kingdom/' },
        { text: 'Russian border regions', href: '/en/glossary/russian-border-regions/' },
      ]),
    );
  });

  test('Crimea is drawn hatched and said to be Ukrainian territory under Russian occupation', () => {
    const [locator] = article.nl?.maps ?? [];
    expect(locator?.occupied).toHaveLength(1);
    expect(locator?.description).toContain('de Krim, volgens de internationaal erkende grenzen Oekraïens grondgebied, sinds 2014 door Rusland bezet');
    expect(article.en?.maps[0]?.description).toContain('Crimea, Ukrainian territory under internationally recognised borders, occupied by Russia since 2014');
  });

  test('the border zone is marked, and no Russian region is named', () => {
    const [locator] = article.nl?.maps ?? [];
    expect(locator?.borderZone?.d).toMatch(/^M/);
    const words = allMaps.flatMap(([, map]) => [map.description, ...map.caption, ...map.labels.map((label) => label.text)]).join(' ');
    expect(words).not.toMatch(/Belgorod|Koersk|Kursk|Brjansk|Bryansk/);
    expect(locator?.description).toContain('Het artikel noemt de twee grensregio’s die volgens het artikel op 31 mei 2023 werden aangevallen niet bij naam');
  });

  test('the locator map lists the distances it names, computed from the sourced points', () => {
    expect(article.nl?.maps[0]?.distances).toEqual([
      { between: 'Kyiv – Moskou', km: '755 km' },
      { between: 'Kyiv – Washington', km: '7.833 km' },
      { between: 'Kyiv – Londen', km: '2.133 km' },
    ]);
    expect(article.en?.maps[0]?.distances[1]).toEqual({ between: 'Kyiv – Washington', km: '7,833 km' });
  });

  test('every point on a map names its source, and the borders theirs', () => {
    const sources = article.nl?.maps[0]?.sources.map((item) => `${item.what}: ${item.source.article ? '' : item.source.url}`);
    expect(sources).toEqual(
      expect.arrayContaining([
        'Ligging van Moskou: https://www.geonames.org/524901',
        'Ligging van Kyiv: https://www.geonames.org/703448',
        'Ligging van Londen: https://www.geonames.org/2643743',
        'Ligging van Washington: https://www.geonames.org/4140963',
        'De Krim als Oekraïens grondgebied: https://undocs.org/A/RES/68/262',
      ]),
    );
    expect(sources?.[0]).toMatch(/^Grenzen: https:\/\/www\.naturalearthdata\.com\//);
  });

  test('a place entry’s map is centred on it and marks it', () => {
    const map = glossaryEntryView(model, 'washington', 'nl', site).map as MapView;
    const dot = map.dots.find((item) => item.self);
    expect(dot?.x).toBeCloseTo(map.width / 2, 0);
    expect(dot?.y).toBeCloseTo(map.height / 2, -1);
    expect(map.labels.find((label) => label.self)?.text).toBe('Washington');
    const kremlin = glossaryEntryView(model, 'kremlin', 'en', site).map as MapView;
    expect(kremlin.labels.find((label) => label.self)?.text).toBe('Moscow, Kremlin');
    expect(kremlin.caption).toContain('Kremlin lies in Moscow; at this scale it coincides with the dot for Moscow.');
  });

  test('JSON-LD gives places their coordinates: a Place with geo, and the Kremlin’s location', () => {
    const moscowLd = glossaryEntryView(model, 'moskou', 'nl', site).jsonLd.find((thing) => thing['@type'] === 'Place');
    expect(moscowLd).toMatchObject({ geo: { '@type': 'GeoCoordinates', latitude: 55.75222, longitude: 37.61556 } });
    const kremlinLd = glossaryEntryView(model, 'kremlin', 'nl', site).jsonLd.find((thing) => thing['@type'] === 'Organization');
    expect(kremlinLd).toMatchObject({ location: { '@type': 'Place', geo: { latitude: 55.75222, longitude: 37.61556 } } });
    const about = (article.nl?.jsonLd[0]?.about ?? []) as Record<string, unknown>[];
    expect(about.find((thing) => thing.name === 'Kyiv')).toMatchObject({ '@type': 'Place', geo: { latitude: 50.45466, longitude: 30.5238 } });
  });
});
