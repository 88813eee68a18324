/**
 * Distances on the Earth, as a sphere of the mean radius (IUGG, 6371.0088 km): great-circle
 * distance, the point at a distance and bearing, a line's points every few kilometres, and the
 * shortest distance from a point to a line. On a sphere the error against the ellipsoid stays
 * under 0.5 %, well below the precision of a range "about 300 km".
 */
import { geoDistance, geoInterpolate } from 'd3-geo';

/** [longitude, latitude] in degrees, as GeoJSON and d3-geo take it. */
export type LonLat = [lon: number, lat: number];

export const EARTH_RADIUS_KM = 6371.0088;

const radians = Math.PI / 180;

/** The great-circle distance between two points, in kilometres. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** The point `km` kilometres from `from` along the initial bearing `bearing` (degrees from north, clockwise). */
export function destination(from: LonLat, bearing: number, km: number): LonLat {
  const δ = km / EARTH_RADIUS_KM;
  const θ = bearing * radians;
  const φ1 = from[1] * radians;
  const λ1 = from[0] * radians;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ));
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2));
  return [(((λ2 / radians + 540) % 360) - 180), φ2 / radians];
}

/** The initial bearing from `a` towards `b`, in degrees from north, clockwise (0–360). */
export function bearing(a: LonLat, b: LonLat): number {
  const [λ1, φ1, λ2, φ2] = [a[0] * radians, a[1] * radians, b[0] * radians, b[1] * radians];
  const y = Math.sin(λ2 - λ1) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(λ2 - λ1);
  return (Math.atan2(y, x) / radians + 360) % 360;
}

/** The line's points with great-circle points added so that none lies more than `stepKm` from the next. */
export function densify(line: readonly LonLat[], stepKm: number): LonLat[] {
  const out: LonLat[] = [];
  line.forEach((point, index) => {
    const next = line[index + 1];
    out.push(point);
    if (!next) return;
    const steps = Math.ceil(distanceKm(point, next) / stepKm);
    const between = geoInterpolate(point, next);
    for (let step = 1; step < steps; step += 1) out.push(between(step / steps) as LonLat);
  });
  return out;
}

/** The shortest great-circle distance from `point` to any of the lines, measured to within `stepKm`, and where. */
export function nearestOnLines(point: LonLat, lines: readonly (readonly LonLat[])[], stepKm = 1): { km: number; at: LonLat } {
  let best = { km: Infinity, at: point };
  for (const line of lines) {
    for (const candidate of densify(line, stepKm)) {
      const km = distanceKm(point, candidate);
      if (km < best.km) best = { km, at: candidate };
    }
  }
  return best;
}
