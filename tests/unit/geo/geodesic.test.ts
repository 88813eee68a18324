/** Distances on the sphere against known values. */
import { describe, expect, test } from 'vitest';
import { bearing, densify, destination, distanceKm, EARTH_RADIUS_KM, type LonLat, nearestOnLines } from '../../../src/geo/geodesic.ts';

// GeoNames 703448 (Kyiv) and 524901 (Moscow), as content/glossary/ gives them.
const kyiv: LonLat = [30.5238, 50.45466];
const moscow: LonLat = [37.61556, 55.75222];

describe('great-circle distance', () => {
  test('Kyiv–Moscow is about 756 km', () => {
    expect(distanceKm(kyiv, moscow)).toBeGreaterThan(750);
    expect(distanceKm(kyiv, moscow)).toBeLessThan(760);
    expect(Math.round(distanceKm(kyiv, moscow))).toBe(755);
  });

  test('a quarter meridian is π/2 Earth radii (10,007.5 km), one degree of longitude at the equator 111.2 km', () => {
    expect(distanceKm([0, 0], [0, 90])).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
    expect(distanceKm([0, 0], [0, 90])).toBeCloseTo(10007.5, 0);
    expect(distanceKm([0, 0], [1, 0])).toBeCloseTo(111.19, 1);
  });

  test('London–Washington is about 5,900 km, and the distance is symmetric', () => {
    const london: LonLat = [-0.12574, 51.50853];
    const washington: LonLat = [-77.03637, 38.89511];
    expect(distanceKm(london, washington)).toBeGreaterThan(5880);
    expect(distanceKm(london, washington)).toBeLessThan(5920);
    expect(distanceKm(washington, london)).toBeCloseTo(distanceKm(london, washington), 9);
  });
});

describe('destination and bearing', () => {
  test('going 300 km from Kyiv on any bearing lands 300 km away, on that bearing', () => {
    for (const angle of [0, 45, 90, 180, 270, 333]) {
      const there = destination(kyiv, angle, 300);
      expect(distanceKm(kyiv, there)).toBeCloseTo(300, 6);
      expect(bearing(kyiv, there)).toBeCloseTo(angle % 360, 6);
    }
  });

  test('due east along the equator is 90°, due north 0°', () => {
    expect(bearing([0, 0], [10, 0])).toBeCloseTo(90, 9);
    expect(bearing([0, 0], [0, 10])).toBeCloseTo(0, 9);
  });
});

describe('lines', () => {
  test('densify keeps the ends and puts no two points more than the step apart', () => {
    const points = densify([kyiv, moscow], 20);
    expect(points[0]).toEqual(kyiv);
    expect(points.at(-1)).toEqual(moscow);
    for (let index = 1; index < points.length; index += 1) expect(distanceKm(points[index - 1] as LonLat, points[index] as LonLat)).toBeLessThanOrEqual(20.0001);
  });

  test('the nearest point of a meridian to a point 1° east of it lies on its parallel, 1° of longitude away', () => {
    const { km, at } = nearestOnLines([31, 0], [[[30, -10], [30, 10]]], 0.5);
    expect(km).toBeCloseTo(111.19, 0);
    expect(at[1]).toBeCloseTo(0, 1);
  });
});
