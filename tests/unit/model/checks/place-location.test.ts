import { describe, expect, test } from 'vitest';
import { checkPlaceLocations } from '../../../../src/model/checks/place-location.ts';
import { glossarySchema } from '../../../../src/model/schemas/glossary.ts';

const geonames = (id: number) => ({ name: `GeoNames ${id}`, url: `https://www.geonames.org/${id}` });

const entry = (id: string, kind: string, location?: object) => ({
  id,
  filePath: `content/glossary/${id}.yaml`,
  data: glossarySchema.parse({
    kind,
    name: { nl: id, en: id },
    slug: { en: id },
    aliases: { nl: [id] },
    short: { nl: 'Kort.', en: 'Short.' },
    description: { nl: 'Lang.', en: 'Long.' },
    reviewed: '2026-11-27',
    ...(location && { location }),
  }),
});

const messages = (...entries: ReturnType<typeof entry>[]) => checkPlaceLocations(entries).map((problem) => `${problem.file} → ${problem.field}: ${problem.message}`);

const moscow = { country: 'RU', point: { lat: 55.75222, lon: 37.61556, source: geonames(524901) } };

describe('places and their locations', () => {
  test('a place with a point in its country, and an organisation at that place, pass', () => {
    expect(messages(entry('moskou', 'place', moscow), entry('kremlin', 'organisation', { country: 'RU', at: 'moskou' }))).toEqual([]);
  });

  test('Simferopol lies in Ukraine: a point there passes as UA and fails as RU', () => {
    const simferopol = { lat: 44.95719, lon: 34.11079, source: geonames(693805) };
    expect(messages(entry('simferopol', 'place', { country: 'UA', point: simferopol }))).toEqual([]);
    expect(messages(entry('simferopol', 'place', { country: 'RU', point: simferopol }))).toEqual([
      'content/glossary/simferopol.yaml → location.point: (44.95719 N, 34.11079 E) does not lie in RU as drawn (Natural Earth, recognised borders). Check the coordinates against the source, or the country.',
    ]);
  });

  test('a place without a location fails; a person without one does not', () => {
    expect(messages(entry('kyiv', 'place'), entry('poetin', 'person'))).toEqual([
      'content/glossary/kyiv.yaml → location: is missing: a place needs one for its map. Add location: { country: <ISO code>, point: { lat, lon, source: <e.g. its GeoNames record> } }, or an area.',
    ]);
  });

  test('swapped latitude and longitude are named as such', () => {
    expect(messages(entry('moskou', 'place', { country: 'RU', point: { lat: 37.61556, lon: 55.75222, source: geonames(524901) } }))).toEqual([
      'content/glossary/moskou.yaml → location.point: (37.61556 N, 55.75222 E) does not lie in RU as drawn (Natural Earth, recognised borders). Latitude and longitude look swapped: swap them.',
    ]);
  });

  test('"at" must name a place entry with a point, in the same country', () => {
    expect(messages(entry('kremlin', 'organisation', { country: 'RU', at: 'moskva' }))).toEqual([
      'content/glossary/kremlin.yaml → location.at: names "moskva", which is no glossary entry. Name a place entry with a point (e.g. moskou), or give a point of its own.',
    ]);
    expect(messages(entry('moskou', 'place', moscow), entry('kremlin', 'organisation', { country: 'UA', at: 'moskou' }))).toEqual([
      'content/glossary/kremlin.yaml → location.at: names "moskou", which lies in RU, not in UA. Correct the country or the entry.',
    ]);
  });

  test('the schema refuses a location with neither point, area nor at, and a point without a source', () => {
    expect(() => entry('kyiv', 'place', { country: 'UA' })).toThrow(/has no point, area or at/);
    expect(() => entry('kyiv', 'place', { country: 'UA', point: { lat: 50.45, lon: 30.52 } })).toThrow();
    expect(() => entry('kyiv', 'place', { country: 'XX', point: moscow.point })).toThrow(/must be one of UA, RU, BY, GB, US/);
  });

  test('a range band needs a distance in kilometres', () => {
    const weapon = (value: object) =>
      glossarySchema.safeParse({
        kind: 'weapon',
        name: { nl: 'X', en: 'X' },
        slug: { en: 'x' },
        aliases: { nl: ['X'] },
        short: { nl: 'Kort.', en: 'Short.' },
        description: { nl: 'Lang.', en: 'Long.' },
        reviewed: '2026-11-27',
        facts: [{ label: { nl: 'Bereik', en: 'Range' }, value, drawnAs: 'range-band', timeless: 'design', source: { name: 'S' } }],
      });
    expect(weapon({ amount: 300, unit: 'kilometer', qualifier: 'about' }).success).toBe(true);
    const wrong = weapon({ nl: 'ver', en: 'far' });
    expect(wrong.success).toBe(false);
    expect(JSON.stringify(wrong.error?.issues)).toContain('needs a distance: a range band is drawn from a value { amount, unit: kilometer }.');
  });
});
