/**
 * The range diagram: how far each missile the article weighs reaches from Ukraine's north-eastern
 * border with Russia, as geodesic bands computed from the glossary facts marked `drawnAs:
 * range-band` (so a changed fact changes the drawing), and Moscow's shortest distance from that
 * border, computed and labelled. No front line is drawn.
 */
import { bearing, densify, destination, distanceKm, type LonLat, nearestOnLines } from '../../geo/geodesic.ts';
import { clipTo, lineBuffer, toSpherical } from '../../geo/buffer.ts';
import { countryCodes } from '../../geo/countries.ts';
import { recognisedWorld } from '../../geo/world.ts';
import { geoInterpolate } from 'd3-geo';
import { localeTags, pathFor } from '../../i18n/routes.ts';
import { entryRoute } from '../../model/glossary-urls.ts';
import type { Box, LabelRequest } from '../../geo/label-layout.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/routes.ts';
import type { GlossaryEntry, Model } from '../../model/types.ts';
import { formatFactTime } from '../facts.ts';
import { type SourceView, sourceView } from '../views/parts.ts';
import { formatPreciseDate } from '../../text/precise-date.ts';
import { drawBase, formatKm, LABEL_SIZE, listFormat, locate, MAP_DETAIL, nearRegion } from './map-base.ts';
import { mapFrame } from './map-frame.ts';
import type { MapView } from './map-view.ts';
import { locatedAmong, mapSources, REGION_CENTRE } from './locator-map.ts';

/**
 * Where the border drawn ends: at the border point nearest Kharkiv, GeoNames 706483
 * (https://www.geonames.org/706483), 49.98081 N, 36.25272 E. From the tripoint with Belarus to there
 * the border is that of the Chernihiv, Sumy and Kharkiv regions: the north-east.
 */
export const KHARKIV: LonLat = [36.25272, 49.98081];

/** A range fact of a weapon, to be drawn as a band. */
export interface RangeBand {
  entry: GlossaryEntry;
  fact: GlossaryEntry['data']['facts'][number];
  km: number;
}

/** The range facts marked for drawing among the entries, widest first. */
export function rangeBands(entries: readonly GlossaryEntry[]): RangeBand[] {
  return entries
    .flatMap((entry) => entry.data.facts.filter((fact) => fact.drawnAs === 'range-band').map((fact) => ({ entry, fact, km: 'amount' in fact.value ? fact.value.amount : 0 })))
    .sort((a, b) => b.km - a.km);
}

/** Ukraine's north-eastern border with Russia: from the tripoint with Belarus to the point nearest Kharkiv. */
export function northEasternBorder(border: readonly (readonly LonLat[])[]): LonLat[] {
  // One array per border, so what is computed from it (the dense border, edge points) is found again.
  let cut = cutBorders.get(border);
  if (!cut) cutBorders.set(border, (cut = cutNorthEast(border)));
  return cut;
}

const cutBorders = new WeakMap<readonly (readonly LonLat[])[], LonLat[]>();

function cutNorthEast(border: readonly (readonly LonLat[])[]): LonLat[] {
  const line = [...(border[0] ?? [])] as LonLat[];
  const nearest = nearestOnLines(KHARKIV, [line], 50).at;
  let cut = 0;
  let best = Infinity;
  line.forEach((point, index) => {
    const d = Math.hypot(point[0] - nearest[0], point[1] - nearest[1]);
    if (d < best) [best, cut] = [d, index];
  });
  // The line runs from the Belarus tripoint (north-west) towards the Sea of Azov.
  const fromNorth = (line[0]?.[1] ?? 0) > (line.at(-1)?.[1] ?? 0) ? line : line.reverse();
  return fromNorth.slice(0, fromNorth === line ? cut + 1 : line.length - cut);
}

const amountText = (band: RangeBand, locale: Locale, t: Translate) => {
  const value = band.fact.value;
  const km = formatKm(band.km, locale, t);
  if (!('amount' in value)) return km;
  return value.qualifier === 'about' ? t('fact.about', { value: km }) : value.qualifier === 'more-than' ? t('fact.moreThan', { value: km }) : km;
};

/** Whether a band's range comes from the article (Storm Shadow's "more than 250 km"), so the map says so. */
const fromArticle = (band: RangeBand) => 'article' in band.fact.source;

/** Words in lines of at most `width` characters (a line longer only where one word is). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && [...`${last} ${word}`].length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The point on a band's outer edge seen from `start` along `bearingDeg`: where the distance to the
 * border reaches the band's range (another part of the border may be nearer than `start`), in Russia.
 */
const densified = new WeakMap<readonly LonLat[], LonLat[]>();
/**
 * Edge points found, per border and question: every article naming the same weapons asks the
 * same ones, and each answer takes some 300 distance sums (the bisection's steps over the dense
 * border), which made the range diagram most of an article page's render time.
 */
const edgePoints = new WeakMap<readonly LonLat[], Map<string, LonLat | undefined>>();

export function edgePoint(border: readonly LonLat[], start: LonLat, bearingDeg: number, km: number): LonLat | undefined {
  let known = edgePoints.get(border);
  if (!known) edgePoints.set(border, (known = new Map()));
  const key = `${start.join()} ${bearingDeg} ${km}`;
  if (!known.has(key)) known.set(key, findEdgePoint(border, start, bearingDeg, km));
  return known.get(key);
}

function findEdgePoint(border: readonly LonLat[], start: LonLat, bearingDeg: number, km: number): LonLat | undefined {
  // The border's points every 2 km, made once per border (the bisection asks for them often).
  let dense = densified.get(border);
  if (!dense) densified.set(border, (dense = densify(border, 2)));
  const points = dense;
  const reach = (d: number) => {
    const point = destination(start, bearingDeg, d);
    return Math.min(...points.map((at) => distanceKm(point, at)));
  };
  let [low, high] = [0, km * 2];
  if (reach(high) < km) return undefined;
  // To within 0.01 km.
  for (let step = 0; step < 16; step += 1) {
    const middle = (low + high) / 2;
    if (reach(middle) < km) low = middle;
    else high = middle;
  }
  const point = destination(start, bearingDeg, high);
  return recognisedWorld(MAP_DETAIL).contains('RU', point) ? point : undefined;
}

const bands = new Map<string, ReturnType<typeof toSpherical>>();

/** The reach of `km` from the border, within Russia (computed once per distance and build). */
export function bandArea(border: readonly LonLat[], km: number) {
  const key = `${km}:${border.length}:${border[0]?.join()}`;
  const cached = bands.get(key);
  if (cached) return cached;
  const russia = recognisedWorld(MAP_DETAIL).countries.get(countryCodes.RU);
  const area = toSpherical(russia ? clipTo(lineBuffer([border], km), russia.geometry, nearRegion) : []);
  bands.set(key, area);
  return area;
}

/** The ranges in words, per weapon: "Atacms: zo’n 165 km (M39) en zo’n 300 km (latere versies); Storm Shadow: meer dan 250 km volgens het artikel". */
function bandsInWords(bands: readonly RangeBand[], locale: Locale, t: Translate): string {
  const weapons = [...new Set(bands.map((band) => band.entry))];
  return weapons
    .map((weapon) => {
      const ranges = bands
        .filter((band) => band.entry === weapon)
        .sort((a, b) => a.km - b.km)
        .map((band) => {
          const range = amountText(band, locale, t);
          const version = band.fact.versionShort?.[locale];
          return version ? `${range} (${version})` : fromArticle(band) ? `${range} ${t('map.byArticle')}` : range;
        });
      return t('map.band', { name: weapon.data.name[locale], range: listFormat(ranges, locale) });
    })
    .join('; ');
}

/** The source of a range the article gives: "het bronartikel (uitgever niet vermeld), mei 2023", linked to the article except on its own page. */
function articleSource(model: Model, band: RangeBand, onArticle: boolean, locale: Locale, t: Translate): { when?: undefined; source: SourceView } {
  const source = sourceView(model, band.fact.source, locale, t);
  const month = band.fact.asOf ? formatPreciseDate(band.fact.asOf, localeTags[locale]) : '';
  const title = t('map.range.articleSource', { month });
  return { source: onArticle || !source.article ? { article: false, name: title } : { ...source, title } };
}

export interface RangeOptions {
  id: string;
  /** On the article's page, the month of the article; on a weapon's entry, none. */
  month?: string | undefined;
  /** A map on the same page with the same frame, whose land and borders this one reuses. */
  baseFrom?: string | undefined;
  /** The weapons the article names. */
  entries: readonly GlossaryEntry[];
  made: string;
}

export function rangeMap(model: Model, options: RangeOptions, locale: Locale, t: Translate): MapView {
  const frame = mapFrame(REGION_CENTRE);
  const moscowEntry = model.entryById.get('moskou');
  const moscow = moscowEntry && locate(model, moscowEntry, locale);
  const kyivEntry = model.entryById.get('kyiv');
  const located = locatedAmong(model, [moscowEntry, kyivEntry, model.entryById.get('rusland'), model.entryById.get('oekraine')].filter((entry): entry is GlossaryEntry => Boolean(entry)), locale);

  // The border as drawn at full detail; the bands are computed from it, not from the simplified outline.
  const border = northEasternBorder(recognisedWorld().borderBetween('RU', 'UA').coordinates as LonLat[][]);
  const bands = rangeBands(options.entries);
  const extraLabels: (LabelRequest & { kind: string; className?: string })[] = [];
  const drawnBands: MapView['bands'] = [];
  const nearest = moscow?.point ? nearestOnLines(moscow.point, [border], 1) : undefined;
  // Each band's label sits on its outer edge, on the line from the border towards Moscow.
  const towards = nearest && moscow?.point ? bearing(nearest.at, moscow.point) : 45;
  const perLaunch = new Map<string, number>();
  // The dotted line to Moscow, as small boxes: no band's label sits on it.
  const lineBoxes: Box[] = [];
  if (nearest && moscow?.point) {
    const along = geoInterpolate(nearest.at, moscow.point);
    for (let step = 0; step <= 60; step += 1) {
      const [x, y] = frame.project(along(step / 60) as LonLat);
      lineBoxes.push({ x: x - 1.5, y: y - 1.5, width: 3, height: 3 });
    }
  }
  bands.forEach((band) => {
    const area = bandArea(border, band.km);
    // Ground-launched bands are filled, darker as they narrow; an air-launched band is an outline.
    const launch = band.fact.launchedFrom ?? 'ground';
    const rank = perLaunch.get(launch) ?? 0;
    perLaunch.set(launch, rank + 1);
    const className = `map-band-${launch} map-band-${launch}-${rank}`;
    drawnBands.push({ d: frame.path(area), className });
    // On the map only the distance (and, for a range the article gives, that it does); the table under it names each band's weapon and source.
    const range = amountText(band, locale, t);
    const lines = fromArticle(band) ? [range, ...wrap(t('map.byArticle'), [...range].length)] : [range];
    const start = nearest?.at ?? (border[Math.floor(border.length / 2)] as LonLat);
    // Centred on the band's own outer edge, as a contour's value sits on its line, in the band's colour:
    // first east of the line to Moscow, then further round, where it fits.
    const points = [75, 60, 90, 45, 105, 30, 120, 15, 68, 83, 53, 38, -15, -30, -45, -60].flatMap((turn) => {
      const point = edgePoint(border, start, towards + turn, band.km);
      return point ? [frame.place(point)].filter((placed) => placed !== null) : [];
    });
    const [first, ...alternatives] = points;
    if (!first) throw new Error(`The band of ${band.km} km has no edge inside the map to label.`);
    extraLabels.push({ x: first[0], y: first[1], alternatives: alternatives.map(([x, y]) => ({ x, y })), text: lines.join(' '), lines: lines.length > 1 ? lines : undefined, size: LABEL_SIZE, kind: 'band', centred: true, clearOf: lineBoxes, className: `map-label-${launch}-${rank}` });
  });
  const lines: MapView['lines'] = [];
  if (nearest && moscow?.point) {
    lines.push({ d: frame.path({ type: 'LineString', coordinates: [nearest.at, moscow.point] }) });
    const [x1, y1] = frame.project(nearest.at);
    const [x2, y2] = frame.project(moscow.point);
    extraLabels.push({ x: (x1 + x2) / 2, y: (y1 + y2) / 2, text: formatKm(nearest.km, locale, t), size: LABEL_SIZE, kind: 'distance' });
  }
  const base = drawBase({ id: options.id, frame, located, centre: REGION_CENTRE, locale, t, extraLabels });
  const moscowKm = nearest ? formatKm(nearest.km, locale, t) : '';
  const airLaunched = [...new Set(bands.filter((band) => band.fact.launchedFrom === 'aircraft').map((band) => band.entry.data.name[locale]))];
  const description = t('map.alt.range', { bands: bandsInWords(bands, locale, t), moscow: moscowKm });
  const { shown: _shown, offMap: _offMap, ...drawn } = base;
  return {
    ...drawn,
    title: options.entries.length === 1 && options.entries[0] ? t('map.range.entryTitle', { name: options.entries[0].data.name[locale] }) : t('map.range.title'),
    description,
    caption: [
      t('map.range.caption'),
      t('map.range.notPermission'),
      ...airLaunched.map((name) => t('map.range.airLaunched', { name })),
      ...bands.filter((band) => 'amount' in band.fact.value && band.fact.value.qualifier === 'more-than').map((band) => t('map.range.atLeast', { range: amountText(band, locale, t), km: formatKm(band.km, locale, t) })),
      nearest ? t('map.range.moscow', { km: moscowKm }) : '',
      // Beside the locator map, the hatching is explained there; the date is given on each map.
      base.occupied.length ? (options.baseFrom ? t('map.range.hatchAbove') : t('map.crimea')) : '',
      t('map.computed'),
      options.month ? t('map.asOf', { month: options.month, date: options.made }) : t('map.made', { date: options.made }),
    ].filter(Boolean),
    ...(options.baseFrom ? { baseFrom: options.baseFrom, land: '', borders: '', occupied: [] } : {}),
    bands: drawnBands,
    lines,
    distances: nearest && moscow ? [{ between: t('map.distance.nearest', { from: t('map.distance.border'), to: moscow.name }), km: moscowKm }] : [],
    ranges: bands.map((band, index) => ({
      className: drawnBands[index]?.className ?? '',
      weapon: band.entry.data.name[locale],
      href: pathFor(entryRoute(band.entry), locale),
      label: band.fact.version?.[locale] ?? (fromArticle(band) ? t('map.byArticle') : band.fact.label[locale]),
      range: amountText(band, locale, t),
      // A range from the article: the article named once, with its month (on the article's own page, not linked to itself).
      ...(fromArticle(band) ? articleSource(model, band, Boolean(options.baseFrom), locale, t) : { when: formatFactTime(band.fact, locale, t), source: sourceView(model, band.fact.source, locale, t) }),
    })),
    // Beside the locator map, the sources they share are listed there.
    sources: [
      ...(options.baseFrom ? [] : mapSources(model, located.filter((item) => item.point), locale, t, base.occupied.length > 0)),
      { what: t('map.source.kharkiv'), source: { article: false, name: 'GeoNames 706483 (Kharkiv)', url: 'https://www.geonames.org/706483' } },
    ],
  };
}
