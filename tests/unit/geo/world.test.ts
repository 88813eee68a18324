/** Natural Earth with recognised borders: Crimea is Ukraine's, drawn as occupied. */
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import { countryCodes } from '../../../src/geo/countries.ts';
import { distanceKm, type LonLat } from '../../../src/geo/geodesic.ts';
import { recognisedWorld } from '../../../src/geo/world.ts';
import { MAP_DETAIL } from '../../../src/site/maps/map-base.ts';

// GeoNames 693805 (Simferopol, about 44.95 N, 34.10 E) and 694423 (Sevastopol).
const simferopol: LonLat = [34.11079, 44.95719];
const sevastopol: LonLat = [33.52134, 44.60795];

describe('recognised borders', () => {
  test('Natural Earth itself draws Simferopol in Russia (the reason for the correction)', () => {
    const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries);
    const holder = collection.features.find((country) => geoContains(country, simferopol));
    expect(String(holder?.id)).toBe(countryCodes.RU);
  });

  test.each([
    ['full detail', 0],
    ['as drawn on the maps', MAP_DETAIL],
  ])('at %s, Simferopol and Sevastopol lie in Ukraine and not in Russia', (_, detail) => {
    const world = recognisedWorld(detail);
    for (const city of [simferopol, sevastopol]) {
      expect(world.contains('UA', city)).toBe(true);
      expect(world.contains('RU', city)).toBe(false);
    }
  });

  test('Crimea is returned as occupied Ukrainian territory, and holds Simferopol', () => {
    const [crimea, ...others] = recognisedWorld(MAP_DETAIL).occupied;
    expect(others).toEqual([]);
    expect(crimea).toMatchObject({ name: 'Crimea', recognisedAs: 'UA', occupiedBy: 'RU' });
    expect(geoContains(crimea?.area as never, simferopol)).toBe(true);
  });

  test('the capitals lie in their countries', () => {
    const world = recognisedWorld();
    expect(world.contains('RU', [37.61556, 55.75222])).toBe(true);
    expect(world.contains('UA', [30.5238, 50.45466])).toBe(true);
    expect(world.contains('UA', [37.61556, 55.75222])).toBe(false);
  });

  test('the Russian–Ukrainian land border runs from the tripoint with Belarus to the Sea of Azov, and no longer across the Crimean isthmus', () => {
    const border = recognisedWorld().borderBetween('RU', 'UA').coordinates;
    expect(border).toHaveLength(1);
    const line = border[0] as LonLat[];
    const ends = [line[0], line.at(-1)] as LonLat[];
    // The north end is near the tripoint (about 52.1 N, 31.8 E); the south end at the Azov coast (about 47.1 N, 38.2 E).
    expect(Math.min(...ends.map((end) => distanceKm(end, [31.78, 52.1])))).toBeLessThan(10);
    expect(Math.min(...ends.map((end) => distanceKm(end, [38.21, 47.09])))).toBeLessThan(10);
    expect(line.every(([, lat]) => lat > 46.5)).toBe(true);
  });
});
