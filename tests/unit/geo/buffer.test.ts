/** The geodesic buffer: points just inside the distance are in it, points just beyond are not. */
import { geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { clipTo, lineBuffer, toSpherical } from '../../../src/geo/buffer.ts';
import { bearing, destination, type LonLat } from '../../../src/geo/geodesic.ts';

const line: LonLat[] = [
  [33.8, 52.3],
  [36.2, 50.4],
];

describe('lineBuffer', () => {
  test.each([165, 250, 300])('%i km: 5 km short of it is inside, 5 km beyond is outside, on either side of the line', (km) => {
    const area = toSpherical(lineBuffer([line], km));
    const along = bearing(line[0] as LonLat, line[1] as LonLat);
    const middle: LonLat = [35, 51.35];
    for (const side of [along + 90, along - 90]) {
      expect(geoContains(area, destination(middle, side, km - 5))).toBe(true);
      expect(geoContains(area, destination(middle, side, km + 5))).toBe(false);
    }
    // Beyond the line's ends the buffer is round: km from the end point, whichever way.
    expect(geoContains(area, destination(line[0] as LonLat, along + 180, km - 5))).toBe(true);
    expect(geoContains(area, destination(line[0] as LonLat, along + 180, km + 5))).toBe(false);
  });

  test('clipTo keeps only the part inside the other shape', () => {
    const area = lineBuffer([line], 100);
    const east = { type: 'Polygon' as const, coordinates: [[[35, 40], [50, 40], [50, 60], [35, 60], [35, 40]]] };
    const clipped = toSpherical(clipTo(area, east));
    expect(geoContains(clipped, [36, 51])).toBe(true);
    expect(geoContains(clipped, [34, 51])).toBe(false);
  });
});
