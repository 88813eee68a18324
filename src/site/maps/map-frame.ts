/**
 * A map's frame: a Lambert conformal conic projection centred on what the map shows, at one scale for
 * every map (so distances read alike on each), fitted to a drawing `width` units wide. Paths are
 * written with one decimal, enough at this size.
 */
import { type GeoProjection, geoConicConformal, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { LonLat } from '../../geo/geodesic.ts';

/** The drawing's width in SVG units; the page scales it to the column. */
export const MAP_WIDTH = 400;

export interface MapFrame {
  width: number;
  height: number;
  /** The projection clipped to the frame (for outlines). */
  projection: GeoProjection;
  /** A point in drawing units, or null if it lies outside the frame. */
  place(point: LonLat): [number, number] | null;
  /** A point in drawing units, inside the frame or not. */
  project(point: LonLat): [number, number];
  /** An SVG path, clipped to the frame. */
  path(object: GeoPermissibleObjects): string;
}

/** Degrees of longitude and latitude the frame spans around its centre. */
export const FRAME_SPAN = { lon: 19, lat: 13.4 } as const;

export function mapFrame(centre: LonLat, width = MAP_WIDTH): MapFrame {
  const [lon, lat] = centre;
  const west = lon - FRAME_SPAN.lon / 2;
  const east = lon + FRAME_SPAN.lon / 2;
  const south = lat - FRAME_SPAN.lat / 2;
  const north = lat + FRAME_SPAN.lat / 2;
  const edge: LonLat[] = [];
  for (let step = 0; step <= 20; step += 1) {
    const x = west + ((east - west) * step) / 20;
    const y = south + ((north - south) * step) / 20;
    edge.push([x, south], [x, north], [west, y], [east, y]);
  }
  const projection = geoConicConformal()
    .parallels([lat - 5, lat + 5])
    .rotate([-lon, 0])
    .fitWidth(width, { type: 'MultiPoint', coordinates: edge });
  const bounds = geoPath(projection).bounds({ type: 'MultiPoint', coordinates: edge });
  const height = Math.round(bounds[1][1]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const project = (point: LonLat) => (projection(point) ?? [NaN, NaN]) as [number, number];
  return {
    width,
    height,
    projection,
    project,
    place(point) {
      const [x, y] = project(point);
      return x >= 0 && x <= width && y >= 0 && y <= height ? [x, y] : null;
    },
    path: (object) => path(object) ?? '',
  };
}
