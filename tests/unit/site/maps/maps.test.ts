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
    expect(article.nl?.maps.map((map) => map.title)).toEqual(['Waar het gebeurde', 'Hoe ver de raketten reiken, gemeten vanaf de grens']);
    expect(article.en?.maps.map((map) => map.title)).toEqual(['Where it happened', 'How far the missiles reach, measured from the border']);
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
    expect(atacms.title).toBe('Hoe ver de Atacms reikt, gemeten vanaf de grens');
    expect(atacms.ranges.map((range) => range.range)).toEqual(['zo’n 300 km', 'zo’n 165 km']);
    const storm = glossaryEntryView(model, 'storm-shadow', 'en', site).map as MapView;
    expect(storm.title).toBe('How far Storm Shadow reaches, measured from the border');
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
    expect(locator?.description).toContain('de Krim, binnen de internationaal erkende grenzen deel van Oekraïne, sinds 2014 door Rusland bezet');
    expect(article.en?.maps[0]?.description).toContain('Hatched: Crimea, part of Ukraine within its internationally recognised borders, occupied by Russia since 2014.');
  });

  test('Crimea’s two sources: 68/262 for Ukrainian territory, 73/263 for the occupation, each named as the General Assembly’s, with its date', () => {
    const sources = (locale: Locale) => (article[locale]?.maps[0]?.sources ?? []).map((item) => `${item.what}: ${item.source.article ? '' : `${item.source.name}, ${item.source.date} <${item.source.url}>`}`);
    expect(sources('nl')).toEqual(
      expect.arrayContaining([
        'De Krim als Oekraïens grondgebied: resolutie A/RES/68/262 van de Algemene Vergadering van de VN, 27 maart 2014 <https://undocs.org/A/RES/68/262>',
        'De Krim als door Rusland bezet gebied: resolutie A/RES/73/263 van de Algemene Vergadering van de VN, ‘Situatie van de mensenrechten in de Autonome Republiek de Krim en de stad Sebastopol, Oekraïne’, 22 december 2018 <https://undocs.org/A/RES/73/263>',
      ]),
    );
    expect(sources('en')).toEqual(
      expect.arrayContaining([
        'Crimea as Ukrainian territory: UN General Assembly resolution A/RES/68/262, 27 March 2014 <https://undocs.org/A/RES/68/262>',
        'Crimea as territory occupied by Russia: UN General Assembly resolution A/RES/73/263, ‘Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine’, 22 December 2018 <https://undocs.org/A/RES/73/263>',
      ]),
    );
    // A map without Crimea in its frame cites neither.
    const washington = glossaryEntryView(model, 'washington', 'nl', site).map as MapView;
    expect(washington.sources.map((item) => item.source.article || item.source.url)).not.toContain('https://undocs.org/A/RES/73/263');
  });

  test('the date line says what it dates (places and events of the article’s month) and what is not drawn', () => {
    expect(article.nl?.maps[0]?.caption).toEqual(
      expect.arrayContaining(['Plaatsen en gebeurtenissen van mei 2023, de maand van het artikel; kaart gemaakt op 27 november 2026.', 'Niet getekend: de andere delen van Oekraïne die Rusland in mei 2023 bezette, en de frontlijn.']),
    );
    expect(article.en?.maps[0]?.caption).toEqual(
      expect.arrayContaining(['Places and events of May 2023, the month of the article; map made on 27 November 2026.', 'Not drawn: the other parts of Ukraine that Russia occupied in May 2023, or the front line.']),
    );
    const words = allMaps.flatMap(([, map]) => map.caption).join(' ');
    expect(words).not.toContain('De situatie van');
    expect(words).not.toContain('The situation of');
  });

  test('the text alternative lists each place once, in the words of a sentence, and leaves out the place the map is about', () => {
    expect(article.nl?.maps[0]?.description).toMatch(/^Kaart van Oekraïne en het westen van Rusland met Kyiv, Moskou met het Kremlin, en Ruslands grens met Oekraïne\. /);
    expect(article.en?.maps[0]?.description).toMatch(/^Map of Ukraine and western Russia showing Kyiv, Moscow with the Kremlin, and Russia’s border with Ukraine\. /);
    const entry = (id: string, locale: Locale) => glossaryEntryView(model, id, locale, site).map as MapView;
    expect(entry('verenigd-koninkrijk', 'nl').description).toMatch(/^Kaart rond het Verenigd Koninkrijk, met Londen\. /);
    expect(entry('verenigde-staten', 'en').description).toMatch(/^Map around the United States, showing Washington\. /);
    expect(entry('washington', 'nl').description).toMatch(/^Kaart rond Washington, met de Verenigde Staten\. /);
    expect(entry('moskou', 'nl').description).toMatch(/^Kaart rond Moskou, met [^.]*het Kremlin/);
    expect(entry('moskou', 'nl').description.split('. ')[0]).not.toMatch(/met .*Moskou/);
    expect(entry('kremlin', 'en').description).toMatch(/^Map around the Kremlin, showing Kyiv, Moscow, /);
    for (const [name, map] of allMaps) {
      const [first] = map.description.split('. ');
      const listed = (first ?? '').replace(/^.*?(met|showing) /, '').split(/, | en | and /);
      expect(new Set(listed).size, `${name}: ${first}`).toBe(listed.length);
    }
  });

  test('the border zone is marked, and no Russian region is named', () => {
    const [locator] = article.nl?.maps ?? [];
    expect(locator?.borderZone?.d).toMatch(/^M/);
    const words = allMaps.flatMap(([, map]) => [map.description, ...map.caption, ...map.labels.map((label) => label.text)]).join(' ');
    expect(words).not.toMatch(/Belgorod|Koersk|Kursk|Brjansk|Bryansk/);
    expect(locator?.description).toContain(
      'Langs de grens gemarkeerd: Ruslands hele grens met Oekraïne, niet de plek van de aanvallen. Het artikel noemt de twee Russische grensregio’s die op 31 mei 2023 werden aangevallen niet bij naam, en de kaart dus ook niet.',
    );
    expect(article.en?.maps[0]?.description).toContain(
      'Marked along the border: Russia’s whole border with Ukraine, not where the attacks took place. The article does not name the two Russian border regions it says were attacked on 31 May 2023, so neither does the map.',
    );
  });

  test('a map describes the border zone only where the zone is in its frame (its label placed)', () => {
    for (const [name, map] of allMaps) {
      const zoneLabelled = map.labels.some((label) => label.kind === 'zone');
      expect(map.description.includes('Ruslands hele grens') || map.description.includes('Russia’s whole border'), name).toBe(zoneLabelled);
    }
    for (const id of ['verenigd-koninkrijk', 'verenigde-staten', 'washington']) {
      expect((glossaryEntryView(model, id, 'nl', site).map as MapView).description, id).not.toContain('Langs de grens gemarkeerd');
    }
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

  test('no map lists a source twice (Washington is the city and the United States’ capital)', () => {
    for (const [name, map] of allMaps) {
      const urls = map.sources.flatMap((item) => (item.source.article ? [item.source.href] : item.source.url ? [item.source.url] : []));
      expect(new Set(urls).size, name).toBe(urls.length);
    }
  });

  test('a place entry’s map is centred on it and marks it', () => {
    const map = glossaryEntryView(model, 'washington', 'nl', site).map as MapView;
    const dot = map.dots.find((item) => item.self);
    expect(dot?.x).toBeCloseTo(map.width / 2, 0);
    expect(dot?.y).toBeCloseTo(map.height / 2, -1);
    expect(map.labels.find((label) => label.self)?.text).toBe('Washington');
    const kremlin = glossaryEntryView(model, 'kremlin', 'en', site).map as MapView;
    expect(kremlin.labels.find((label) => label.self)?.text).toBe('Moscow, Kremlin');
    expect(kremlin.caption).toContain('The Kremlin is in Moscow; at this scale it falls on the dot for Moscow.');
    expect((glossaryEntryView(model, 'kremlin', 'nl', site).map as MapView).caption).toContain('Het Kremlin ligt in Moskou; op deze schaal valt het samen met de stip van Moskou.');
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
