/**
 * The countries as the site draws them: Natural Earth's admin-0 boundaries at 1:50m (version 4.1.0,
 * public domain, redistributed as TopoJSON by the `world-atlas` package), with internationally
 * recognised borders where Natural Earth draws the de facto ones. Natural Earth draws Crimea as part
 * of Russia; here it is Ukraine's, and is also returned on its own as territory under Russian
 * occupation, to be drawn as such. Geometry is simplified for the scale drawn (a topology-preserving
 * simplification, so neighbouring countries keep their common border).
 */
import { geoContains } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type CountryCode, countryCodes } from './countries.ts';
import type { LonLat } from './geodesic.ts';

/** The dataset the outlines come from, as the maps' captions name it. */
export const naturalEarth = {
  name: 'Natural Earth, Admin 0 – Countries, 1:50m (version 4.1.0, via world-atlas 2.0.2)',
  url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/50m-admin-0-countries-2/',
} as const;


/**
 * Territory Natural Earth draws as one country that is internationally recognised as another's.
 * `inside` picks the polygon: Simferopol, GeoNames 693805 (https://www.geonames.org/693805),
 * 44.95719 N, 34.11079 E.
 */
const occupations = [{ name: 'Crimea', recognisedAs: 'UA', drawnAs: 'RU', inside: [34.11079, 44.95719] as LonLat }] as const;

type CountryGeometry = (TopoPolygon | TopoMultiPolygon) & { id?: string | number };

export interface World {
  /** A country's recognised territory, by Natural Earth id (each made when first asked for). */
  countries: Pick<Map<string, Feature<Polygon | MultiPolygon>>, 'get'>;
  /** Territory under occupation, drawn hatched over the country it belongs to. */
  occupied: { name: string; recognisedAs: CountryCode; occupiedBy: CountryCode; area: Feature<Polygon | MultiPolygon> }[];
  /** All land, as one shape (coasts only; no borders). */
  land: Feature<Polygon | MultiPolygon> | GeoJSON.FeatureCollection<Polygon | MultiPolygon>;
  /** Land borders between two countries, each once. */
  borders: MultiLineString;
  /** The land border shared by two countries (recognised borders). */
  borderBetween(a: CountryCode, b: CountryCode): MultiLineString;
  /** Whether a point lies in a country's recognised territory. */
  contains(code: CountryCode, point: LonLat): boolean;
}

const cache = new Map<number, World>();

/**
 * The 1:50m countries, read from the package when first needed (750 KB of JSON: read by Node, never
 * bundled into the build's code), and parsed anew for each level of detail, which changes it.
 */
function readWorldAtlas(): unknown {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
}

/**
 * The world at a level of detail: `minWeight` drops the points whose triangle with their neighbours is
 * smaller than this (square degrees, Visvalingam); 0 keeps every point of the 1:50m data.
 */
export function recognisedWorld(minWeight = 0): World {
  const cached = cache.get(minWeight);
  if (cached) return cached;
  let topology = readWorldAtlas() as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  if (minWeight > 0) topology = simplify(presimplify(topology), minWeight);
  const collection = topology.objects.countries;
  const geometries = collection.geometries as CountryGeometry[];
  const byId = (id: string) => geometries.find((geometry) => String(geometry.id) === id);

  const occupied: World['occupied'] = [];
  for (const occupation of occupations) {
    const holder = byId(countryCodes[occupation.drawnAs]);
    const owner = byId(countryCodes[occupation.recognisedAs]);
    if (!holder || holder.type !== 'MultiPolygon' || !owner) throw new Error(`Natural Earth has changed: no MultiPolygon for ${occupation.drawnAs}.`);
    const index = holder.arcs.findIndex((arcs) => geoContains(feature(topology, { type: 'Polygon', arcs }), occupation.inside));
    if (index < 0) throw new Error(`Natural Earth has changed: ${occupation.name} is not part of ${occupation.drawnAs}.`);
    const [territory] = holder.arcs.splice(index, 1) as [TopoPolygon['arcs']];
    const ownerArcs = owner.type === 'MultiPolygon' ? owner.arcs : [owner.arcs];
    Object.assign(owner, { type: 'MultiPolygon', arcs: [...ownerArcs, territory] });
    occupied.push({
      name: occupation.name,
      recognisedAs: occupation.recognisedAs,
      occupiedBy: occupation.drawnAs,
      area: feature(topology, { type: 'Polygon', arcs: territory }) as Feature<Polygon>,
    });
  }

  const merged = new Map<string, Feature<Polygon | MultiPolygon> | undefined>();
  const countries: World['countries'] = {
    get(id) {
      if (merged.has(id)) return merged.get(id);
      const geometry = byId(id);
      // Merging drops the arcs a country's own polygons share (the isthmus between Crimea and the mainland).
      const shape: Feature<Polygon | MultiPolygon> | undefined = geometry && { type: 'Feature', id, properties: {}, geometry: merge(topology, [geometry]) };
      merged.set(id, shape);
      return shape;
    },
  };
  const betweens = new Map<string, MultiLineString>();
  const idOf = (geometry: { id?: string | number | undefined }) => String(geometry.id);
  const world: World = {
    countries,
    occupied,
    land: feature(topology, topology.objects.land) as World['land'],
    borders: mesh(topology, collection, (a, b) => a !== b),
    borderBetween(a, b) {
      const key = [a, b].sort().join('-');
      const known = betweens.get(key);
      if (known) return known;
      const pair = new Set<string>([countryCodes[a], countryCodes[b]]);
      const border = mesh(topology, collection, (one, two) => one !== two && pair.has(idOf(one)) && pair.has(idOf(two)));
      betweens.set(key, border);
      return border;
    },
    contains(code, point) {
      const country = countries.get(countryCodes[code]);
      return Boolean(country && geoContains(country, point));
    },
  };
  cache.set(minWeight, world);
  return world;
}
