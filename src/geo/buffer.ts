/**
 * The area within a distance of a line, measured on the Earth: the union of geodesic circles of
 * that radius around points of the line no more than `stepKm` apart. The circles are computed on
 * the sphere (d3-geo's geoCircle) and joined after projection, where each is a plain polygon; between
 * two centres the union's edge dips inwards by at most r − √(r² − (step/2)²) (0.2 km for 165 km
 * every 10 km), far below the width of a line as drawn.
 */
import { geoCircle } from 'd3-geo';
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import { densify, EARTH_RADIUS_KM, type LonLat } from './geodesic.ts';

export type Project = (point: LonLat) => [number, number] | null;

export interface BufferOptions {
  /** Largest distance between two circle centres along the line; 10 km unless given. */
  stepKm?: number;
  /** Degrees between two points of a circle's outline; 3 unless given. */
  precision?: number;
}

/** The buffer of `lines` by `km`, as projected polygons (outer rings with holes). */
export function lineBuffer(lines: readonly (readonly LonLat[])[], km: number, project: Project, options: BufferOptions = {}): MultiPolygon {
  const { stepKm = 10, precision = 3 } = options;
  const radius = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const circles: Polygon[] = [];
  for (const line of lines) {
    for (const centre of densify(line, stepKm)) {
      const ring = geoCircle().center(centre).radius(radius).precision(precision)().coordinates[0] as LonLat[];
      const projected = ring.map(project);
      if (projected.every((point): point is [number, number] => point !== null)) circles.push([projected]);
    }
  }
  const [first, ...rest] = circles;
  return first ? polygonClipping.union(first, ...rest) : [];
}
