/**
 * The area within a distance of a line, measured on the Earth: the union of geodesic circles of
 * that radius around points of the line no more than `stepKm` apart, computed on the sphere
 * (d3-geo's geoCircle). Between two centres the union's edge dips inwards by at most
 * r − √(r² − (step/2)²): 0.3 km for 165 km every 20 km, far below the width of a line as drawn.
 * Polygons are joined and cut in longitude–latitude, where the pieces drawn here (a few hundred
 * kilometres, far from the poles and the antimeridian) are plain polygons, then handed to d3 in its
 * winding (exterior rings clockwise on the sphere).
 */
import { geoCircle } from 'd3-geo';
import type { MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import polygonClipping, { type MultiPolygon, type Polygon } from 'polygon-clipping';
import { densify, EARTH_RADIUS_KM, type LonLat } from './geodesic.ts';

export interface BufferOptions {
  /** Largest distance between two circle centres along the line; 20 km unless given. */
  stepKm?: number;
  /** Degrees between two points of a circle's outline; 4 unless given. */
  precision?: number;
}

/** The buffer of `lines` by `km`, as planar longitude–latitude polygons. */
export function lineBuffer(lines: readonly (readonly LonLat[])[], km: number, options: BufferOptions = {}): MultiPolygon {
  const { stepKm = 20, precision = 4 } = options;
  const radius = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const circles: Polygon[] = lines.flatMap((line) =>
    densify(line, stepKm).map((centre) => [geoCircle().center(centre).radius(radius).precision(precision)().coordinates[0] as [number, number][]]),
  );
  return unionAll(circles);
}

/**
 * The union of `polygons`, joined in pairs, then the pairs in pairs, and so on: each join drops the
 * edges two neighbours' overlap hides, so later joins sweep far fewer of them than one union of
 * every circle at once, whose sweep meets every crossing of every overlapping pair (186 circles of
 * 165–300 km along the Russian–Ukrainian border: 90–130 ms instead of 650–1,120 ms, the same
 * vertices within 10⁻¹³ of a degree).
 */
function unionAll(polygons: readonly (Polygon | MultiPolygon)[]): MultiPolygon {
  let level = polygons;
  do {
    const next: MultiPolygon[] = [];
    for (let index = 0; index < level.length; index += 2) next.push(polygonClipping.union(level[index] as Polygon | MultiPolygon, ...level.slice(index + 1, index + 2)));
    level = next;
  } while (level.length > 1);
  return (level[0] as MultiPolygon | undefined) ?? [];
}

/** The part of `area` inside any of `within`'s polygons (e.g. a band within Russia). */
export function clipTo(area: MultiPolygon, within: GeoPolygon | GeoMultiPolygon, near?: (point: LonLat) => boolean): MultiPolygon {
  const polygons = (within.type === 'Polygon' ? [within.coordinates] : within.coordinates) as [number, number][][][];
  // Only the polygons near the area: a country's far-off islands and the antimeridian stay out of it.
  const nearby = near ? polygons.filter((polygon) => polygon[0]?.some((point) => near(point as LonLat))) : polygons;
  return nearby.length ? polygonClipping.intersection(area, nearby) : [];
}

/** Planar polygons as a GeoJSON MultiPolygon in d3-geo's winding (polygon-clipping winds the other way). */
export function toSpherical(area: MultiPolygon): GeoMultiPolygon {
  return { type: 'MultiPolygon', coordinates: area.map((polygon) => polygon.map((ring) => [...ring].reverse())) };
}
