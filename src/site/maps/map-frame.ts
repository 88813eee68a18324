/**
 * A map's frame: a Lambert conformal conic projection centred on what the map shows, at one scale for
 * every map (so distances read alike on each), fitted to a drawing `width` units wide. Paths are
 * written in whole units (about 4 km), each point relative to the one before: the shortest SVG
 * that still draws the shapes as they look at this size.
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
  /** The centroid of a shape's part in the frame, in drawing units (NaN when none of it is). */
  centroid(object: GeoPermissibleObjects): [number, number];
  /** Whether a point lies within a few degrees of the frame: shapes far away need not be projected at all. */
  near(point: LonLat): boolean;
}

/** Degrees of longitude and latitude the frame spans around its centre. */
export const FRAME_SPAN = { lon: 19, lat: 13.4 } as const;

/**
 * The frames made so far, by centre and width: every article's maps share a frame, and a frame
 * keeps the paths it drew, so the land and borders (the bulk of each map) are projected once per
 * build instead of once per page.
 */
const frames = new Map<string, MapFrame>();

export function mapFrame(centre: LonLat, width = MAP_WIDTH): MapFrame {
  const key = `${centre.join()} ${width}`;
  let frame = frames.get(key);
  if (!frame) frames.set(key, (frame = makeFrame(centre, width)));
  return frame;
}

function makeFrame(centre: LonLat, width: number): MapFrame {
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
  const path = geoPath(projection).digits(0);
  const project = (point: LonLat) => (projection(point) ?? [NaN, NaN]) as [number, number];
  // Paths by shape: a shape object drawn again (the same land, the same band) is not projected again.
  const drawn = new WeakMap<object, string>();
  const centroids = new WeakMap<object, [number, number]>();
  return {
    width,
    height,
    projection,
    project,
    place(point) {
      const [x, y] = project(point);
      return x >= 0 && x <= width && y >= 0 && y <= height ? [x, y] : null;
    },
    path: (object) => {
      let d = drawn.get(object);
      if (d === undefined) drawn.set(object, (d = compactPath(path(object) ?? '')));
      return d;
    },
    centroid: (object) => {
      let point = centroids.get(object);
      if (!point) centroids.set(object, (point = path.centroid(object)));
      return point;
    },
    near: ([x, y]) => x > west - 8 && x < east + 8 && y > south - 5 && y < north + 5,
  };
}

/** A path of M, L and Z in whole units, rewritten with relative steps ("M12,34L15,30Z" → "M12 34l3-4z"); repeated points dropped. */
export function compactPath(d: string): string {
  let out = '';
  let [x, y] = [0, 0];
  let inLine = false;
  const signed = (value: number) => (value < 0 ? `${value}` : ` ${value}`);
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      inLine = false;
      continue;
    }
    const [nx, ny] = (args as string).split(',').map(Number) as [number, number];
    if (command === 'M') {
      out += `M${nx}${signed(ny)}`;
      inLine = false;
    } else if (nx !== x || ny !== y) {
      const step = `${signed(nx - x)}${signed(ny - y)}`;
      out += inLine ? step : `l${step.trimStart()}`;
      inLine = true;
    }
    [x, y] = [nx, ny];
  }
  return out;
}
