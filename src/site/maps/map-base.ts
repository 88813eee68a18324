/**
 * What every map shares: the countries with recognised borders (Crimea hatched as occupied Ukrainian
 * territory), Russia's border zone with Ukraine, and the glossary entries that have a location,
 * as dots, country names and arrows towards places off the map, each label in the page's language,
 * linked to its entry and laid out so that none overlaps another.
 */
import { type GeoPermissibleObjects, geoInterpolate } from 'd3-geo';
import { type CountryCode, countryCodes } from '../../geo/countries.ts';
import { distanceKm, type LonLat } from '../../geo/geodesic.ts';
import { clipTo, lineBuffer, toSpherical } from '../../geo/buffer.ts';
import { type Box, type LabelRequest, placeLabels } from '../../geo/label-layout.ts';
import { recognisedWorld, type World } from '../../geo/world.ts';
import type { Translate } from '../../i18n/index.ts';
import { type Locale, localeTags, pathFor } from '../../i18n/routes.ts';
import { entryRoute } from '../../model/glossary-urls.ts';
import type { GlossaryEntry, Model } from '../../model/types.ts';
import type { MapFrame } from './map-frame.ts';
import type { MapLabel, MapView } from './map-view.ts';

/**
 * The level of detail drawn: Visvalingam weight in square degrees. At the maps' scale (about 4 km
 * per drawing unit, 16 km² per square unit) a triangle of 0.006 square degrees (about 45 km²) is
 * three square units: a bend that small does not show.
 */
export const MAP_DETAIL = 0.006;

/**
 * The font size labels are laid out for, in drawing units: the size they take on a phone, where the
 * drawing is narrower than its 400 units (src/styles/maps.css enlarges them there so that they stay
 * at least 11 px). Wider, they are set smaller (13 units), inside the boxes laid out here, so no two
 * overlap at any width.
 */
export const LABEL_SIZE = 16;

/** A glossary entry with a location, resolved for the maps in one language. */
export interface Located {
  id: string;
  name: string;
  href: string;
  country: CountryCode;
  point?: LonLat | undefined;
  /** The point's own name, when it is not the entry's (London for the United Kingdom). */
  pointName?: string | undefined;
  area?: { shape: 'country' | 'border-zone'; with?: CountryCode | undefined } | undefined;
  /** The place entry it lies in (the Kremlin in Moscow). */
  at?: string | undefined;
  /** The name as a sentence uses it ("het Verenigd Koninkrijk"); the name itself where there is no other. */
  inSentence: string;
  entry: GlossaryEntry;
}

/** What a map shows, for its text alternative: a place in the words of a sentence, with what lies at it (Moscow with the Kremlin). */
export interface Shown {
  id: string;
  kind: 'place' | 'country' | 'zone';
  inSentence: string;
  riders: { id: string; inSentence: string }[];
  /** A point with its own name, not the entry's (London, the United Kingdom's): named even on the entry's own map. */
  pointNamed?: boolean;
}

export function locate(model: Model, entry: GlossaryEntry, locale: Locale): Located | undefined {
  const { location, name } = entry.data;
  if (!location) return undefined;
  const target = location.at ? model.entryById.get(location.at)?.data.location : location;
  const point = target?.point;
  return {
    id: entry.id,
    name: name[locale],
    href: pathFor(entryRoute(entry), locale),
    country: location.country,
    point: point && [point.lon, point.lat],
    pointName: location.at ? undefined : point?.name?.[locale],
    area: location.area && { shape: location.area.shape, with: location.area.with },
    at: location.at,
    inSentence: location.inSentence?.[locale] ?? name[locale],
    entry,
  };
}

export const formatKm = (km: number, locale: Locale, t: Translate) =>
  t('map.km', { km: new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 0 }).format(Math.round(km)) });

/** Joins names as a sentence does: "Kyiv, Moskou en het Kremlin". */
export const listFormat = (items: string[], locale: Locale) => new Intl.ListFormat(localeTags[locale], { type: 'conjunction' }).format(items);

export interface BaseOptions {
  id: string;
  frame: MapFrame;
  /** The entries to show, most important first. */
  located: Located[];
  /** The entry the page is about. */
  self?: string | undefined;
  /** Where the off-map arrows start (Kyiv on the article's map); the frame's centre unless given. */
  centre: LonLat;
  /** Distances from this entry to each other shown point go into the table. */
  distancesFrom?: Located | undefined;
  locale: Locale;
  t: Translate;
  /** Labels placed before the places' (bands, measured lines), and boxes to keep clear. */
  extraLabels?: (LabelRequest & { kind: string; className?: string })[];
  /** Boxes no label may cover (a measured line). */
  obstacles?: Box[];
}

export type BaseMap = Pick<MapView, 'id' | 'width' | 'height' | 'land' | 'selfArea' | 'borders' | 'occupied' | 'borderZone' | 'dots' | 'pointers' | 'labels' | 'distances'> & {
  /** What the map shows, for its text alternative. */
  shown: Shown[];
  offMap: string[];
};

export function drawBase(options: BaseOptions): BaseMap {
  const { frame, located, self, locale, t, id } = options;
  const world = recognisedWorld(MAP_DETAIL);
  const selfLocated = located.find((item) => item.id === self);
  const selfCountry = selfLocated?.area?.shape === 'country' ? world.countries.get(countryCodes[selfLocated.country]) : undefined;
  const occupied = world.occupied.map((territory) => frame.path(territory.area)).filter(Boolean);
  const zone = located.find((item) => item.area?.shape === 'border-zone' && item.area.with);
  const zoneLine = zone?.area?.with && world.borderBetween(zone.country, zone.area.with);
  const zoneArea = zone && zoneLine && borderStrip(zoneLine.coordinates as LonLat[][], zone.country);
  const borderZone = zone && zoneArea ? { d: frame.path(zoneArea), self: zone.id === self } : undefined;

  type Part = MapLabel['parts'][number];
  const requests: (LabelRequest & { kind: string; parts?: Part[]; self?: boolean; className?: string })[] = [...(options.extraLabels ?? [])];
  const labelOf = (parts: Part[]) => parts.map((part) => part.text).join(', ');
  const pointerGroups: { pointer: MapView['pointers'][number]; parts: Part[]; self: boolean }[] = [];
  const dots: MapView['dots'] = [];
  const pointers: MapView['pointers'] = [];
  const shown: Shown[] = [];
  const offMap: string[] = [];
  const distances: MapView['distances'] = [];
  const size = LABEL_SIZE;

  // Points: entries that lie at another's point are named with it ("Moskou · Kremlin").
  const atPoint = new Map<string, Located[]>();
  for (const item of located) if (item.at) atPoint.set(item.at, [...(atPoint.get(item.at) ?? []), item]);
  // A point given twice (Washington, as the city's entry and as the United States' capital) is drawn once.
  const drawnPoints = new Map<string, string>();
  for (const item of located) {
    if (!item.point || item.at) continue;
    const key = item.point.join(',');
    const earlier = drawnPoints.get(key);
    if (earlier !== undefined) {
      if (earlier !== (item.pointName ?? item.name)) throw new Error(`Two entries give the point ${key} different names ("${earlier}", "${item.pointName ?? item.name}").`);
      continue;
    }
    drawnPoints.set(key, item.pointName ?? item.name);
    const riders = atPoint.get(item.id) ?? [];
    const name = item.pointName ?? item.name;
    const placed = frame.place(item.point);
    const isSelf = item.id === self || riders.some((rider) => rider.id === self);
    if (placed) {
      dots.push({ x: placed[0], y: placed[1], self: isSelf });
      // Entries at this point are named with it: "Moskou, Kremlin".
      const parts = [{ text: name, href: item.href }, ...riders.map((rider) => ({ text: rider.name, href: rider.href }))];
      requests.push({ x: placed[0], y: placed[1], text: labelOf(parts), parts, size, kind: 'place', self: isSelf });
      shown.push({ id: item.id, kind: 'place', inSentence: item.pointName ?? item.inSentence, riders: riders.map((rider) => ({ id: rider.id, inSentence: rider.inSentence })), pointNamed: Boolean(item.pointName) });
    } else {
      const pointer = edgePointer(frame, options.centre, item.point);
      if (!pointer) continue;
      // Arrows that would touch are drawn once, with the names together.
      const near = pointerGroups.find((group) => Math.hypot(group.pointer.x - pointer.x, group.pointer.y - pointer.y) < size * 3);
      if (near) near.parts.push({ text: name, href: item.href });
      else pointerGroups.push({ pointer, parts: [{ text: name, href: item.href }], self: item.id === self });
      offMap.push(name);
    }
    if (options.distancesFrom?.point && options.distancesFrom.id !== item.id) {
      const from = options.distancesFrom;
      distances.push({ between: t('map.distance.pair', { from: from.pointName ?? from.name, to: name }), km: formatKm(distanceKm(from.point as LonLat, item.point), locale, t) });
    }
  }
  for (const group of pointerGroups) {
    pointers.push(group.pointer);
    requests.push({ x: group.pointer.x, y: group.pointer.y, text: labelOf(group.parts), parts: group.parts, size, kind: 'pointer', self: group.self });
  }
  // Countries by name, at the middle of their part of the frame.
  for (const item of located) {
    if (item.area?.shape !== 'country') continue;
    const country = world.countries.get(countryCodes[item.country]);
    const [x, y] = country ? frame.centroid(country) : [NaN, NaN];
    if (!Number.isFinite(x) || !Number.isFinite(y) || !frame.place(frame.projection.invert?.([x, y]) as LonLat)) continue;
    requests.push({ x, y, text: item.name, parts: [{ text: item.name, href: item.href }], size, kind: 'country', self: item.id === self });
    shown.push({ id: item.id, kind: 'country', inSentence: item.inSentence, riders: [] });
  }
  if (zone && zoneLine && borderZone?.d) {
    // Named at the border's middle, on its own side (Russia lies to the east of it).
    const line = zoneLine.coordinates.flat();
    const along = [0.5, 0.35, 0.65, 0.2, 0.8].map((share) => frame.place(line[Math.floor(line.length * share)] as LonLat)).filter((point) => point !== null);
    const [middle, ...alternatives] = along;
    if (middle) {
      requests.push({ x: middle[0], y: middle[1], alternatives: alternatives.map(([x, y]) => ({ x, y })), text: zone.name, parts: [{ text: zone.name, href: zone.href }], size, kind: 'zone', avoid: ['left'], self: zone.id === self });
      shown.push({ id: zone.id, kind: 'zone', inSentence: zone.inSentence, riders: [] });
    }
  }

  const placed = placeLabels(requests, { x: 0, y: 0, width: frame.width, height: frame.height }, options.obstacles);
  const labels: MapLabel[] = requests.map((request, index) => {
    const label = placed[index] as (typeof placed)[number];
    return {
      text: request.text,
      ...label,
      parts: request.parts ?? [{ text: request.text }],
      kind: request.kind,
      self: request.self,
      ...(request.lines ? { lines: [...request.lines] } : {}),
      ...(request.className ? { className: request.className } : {}),
    };
  });
  return {
    id,
    width: frame.width,
    height: frame.height,
    land: frame.path(nearby(world.land, frame)),
    selfArea: selfCountry && frame.path(selfCountry),
    borders: frame.path(nearby(world.borders, frame)),
    occupied,
    borderZone,
    dots,
    pointers,
    labels,
    distances,
    shown,
    offMap,
  };
}

/** Of a shape, the polygons or lines with a point near the frame (the rest would be clipped away anyway). */
/** The part of a shape near each frame, kept per shape and frame so the frame finds its path again. */
const nearbyParts = new WeakMap<object, WeakMap<MapFrame, GeoPermissibleObjects>>();

function nearby(shape: World['land'] | World['borders'], frame: MapFrame): GeoPermissibleObjects {
  let perFrame = nearbyParts.get(shape);
  if (!perFrame) nearbyParts.set(shape, (perFrame = new WeakMap()));
  let part = perFrame.get(frame);
  if (!part) perFrame.set(frame, (part = nearbyPart(shape, frame)));
  return part;
}

function nearbyPart(shape: World['land'] | World['borders'], frame: MapFrame): GeoPermissibleObjects {
  if (shape.type === 'MultiLineString') return { ...shape, coordinates: shape.coordinates.filter((line) => line.some((point) => frame.near(point as LonLat))) };
  const geometries = shape.type === 'FeatureCollection' ? shape.features.map((item) => item.geometry) : [shape.geometry];
  const polygons = geometries.flatMap((geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates));
  return { type: 'MultiPolygon', coordinates: polygons.filter((polygon) => polygon[0]?.some((point) => frame.near(point as LonLat))) };
}

/** How deep the strip that marks a border zone reaches into the country: a mark on the map, not the regions’ extent; wide enough (10 units) to read as a tinted area on one side of the border, not as a line. */
export const BORDER_STRIP_KM = 40;

/** Near the maps' region: a country's far-off parts stay out of clipping. */
export const nearRegion = ([lon, lat]: LonLat) => lon > 15 && lon < 70 && lat > 35 && lat < 72;

const strips = new Map<string, ReturnType<typeof toSpherical> | undefined>();

/** A strip along a border, on one country's side (computed once per build). */
function borderStrip(line: LonLat[][], country: CountryCode) {
  const key = `${country}:${line.flat().length}:${line[0]?.[0]?.join()}`;
  if (strips.has(key)) return strips.get(key);
  const shape = recognisedWorld(MAP_DETAIL).countries.get(countryCodes[country]);
  const strip = shape && toSpherical(clipTo(lineBuffer(line, BORDER_STRIP_KM, { stepKm: 10 }), shape.geometry, nearRegion));
  strips.set(key, strip);
  return strip;
}

/** Where the great circle from `centre` towards `target` leaves the frame, and its direction there. */
function edgePointer(frame: MapFrame, centre: LonLat, target: LonLat): MapView['pointers'][number] | undefined {
  const along = geoInterpolate(centre, target);
  let last: [number, number] | undefined;
  let before: [number, number] | undefined;
  for (let step = 0; step <= 400; step += 1) {
    const here = frame.place(along(step / 400) as LonLat);
    if (!here) break;
    before = last;
    last = here;
  }
  if (!last || !before) return undefined;
  const angle = (Math.atan2(last[1] - before[1], last[0] - before[0]) * 180) / Math.PI;
  // Pulled in from the edge, so the arrow is drawn whole.
  const inset = 8;
  const x = Math.min(Math.max(last[0], inset), frame.width - inset);
  const y = Math.min(Math.max(last[1], inset), frame.height - inset);
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, angle: Math.round(angle) };
}
