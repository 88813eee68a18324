/**
 * The locator map: where the places an article names lie. On the article page it is centred on the
 * article's region (Ukraine and western Russia); on a place entry's page the same map is centred on
 * the entry itself, with the entry marked.
 */
import type { LonLat } from '../../geo/geodesic.ts';
import { naturalEarth } from '../../geo/world.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/routes.ts';
import type { GlossaryEntry, Model } from '../../model/types.ts';
import { sourceView } from '../views/parts.ts';
import { localeTags } from '../../i18n/routes.ts';
import { drawBase, listFormat, type Located, locate, type Shown } from './map-base.ts';
import { mapFrame } from './map-frame.ts';
import type { MapView } from './map-view.ts';

/** The centre of the article's map: between Kyiv and Moscow, with Crimea in the frame. */
export const REGION_CENTRE: LonLat = [32.5, 50.6];

/**
 * The UN General Assembly's resolutions on Crimea: 68/262 of 27 March 2014 (the territorial integrity
 * of Ukraine: Crimea is Ukraine's) and 73/263 of 22 December 2018 (human rights in Crimea, which
 * speaks of "the ongoing temporary occupation" of Crimea and Sevastopol by the Russian Federation).
 */
const unResolutions = [
  { what: 'map.source.crimea', name: 'map.source.crimeaName', url: 'https://undocs.org/A/RES/68/262', date: '2014-03-27' },
  { what: 'map.source.occupied', name: 'map.source.occupiedName', url: 'https://undocs.org/A/RES/73/263', date: '2018-12-22' },
] as const;

export function mapSources(model: Model, located: readonly Located[], locale: Locale, t: Translate, withCrimea: boolean): MapView['sources'] {
  const sources: MapView['sources'] = [{ what: t('map.source.borders'), source: { article: false, name: naturalEarth.name, url: naturalEarth.url } }];
  if (withCrimea) {
    for (const un of unResolutions) sources.push({ what: t(un.what), source: { article: false, name: t(un.name), url: un.url, date: new Intl.DateTimeFormat(localeTags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(un.date)) } });
  }
  for (const item of located) {
    const point = item.entry.data.location?.point;
    if (point) sources.push({ what: t('map.source.point', { name: item.pointName ?? item.name }), source: sourceView(model, point.source, locale, t) });
  }
  return uniqueSources(sources);
}

/** Each source once: a point given twice (Washington, as the city and as the United States' capital) cites its record once. */
export function uniqueSources(sources: MapView['sources']): MapView['sources'] {
  const seen = new Set<string>();
  return sources.filter(({ what, source }) => {
    const key = source.article ? source.href : (source.url ?? `${what}:${source.name}`);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "het Kremlin" at the start of a sentence: "Het Kremlin". */
const sentenceStart = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * What a map shows, as a sentence lists it: "Kyiv, Moskou met het Kremlin, en Ruslands grens met
 * Oekraïne". The entry the map is about is left out (the sentence names it already), and so are the
 * countries when the sentence starts "Map of Ukraine and western Russia".
 */
export function shownPhrases(shown: readonly Shown[], options: { self?: string | undefined; countries: boolean; first?: string | undefined }, t: Translate): { text: string; compound?: boolean }[] {
  const ordered = [...shown].sort((a, b) => Number(b.id === options.first) - Number(a.id === options.first));
  return ordered.flatMap((item) => {
    if (item.kind === 'country' && !options.countries) return [];
    if (item.kind === 'zone') return item.id === options.self ? [] : [{ text: t('map.alt.zone') }];
    const riders = item.riders.filter((rider) => rider.id !== options.self).map((rider) => rider.inSentence);
    if (item.id === options.self && !item.pointNamed) return riders.map((text) => ({ text }));
    return [riders.length ? { text: t('map.alt.with', { place: item.inSentence, rider: riders.join(', ') }), compound: true } : { text: item.inSentence }];
  });
}

/** A list as a sentence has it; when an item itself holds "with" (Moscow with the Kremlin), the last is set apart by a comma. */
export function sentenceList(phrases: readonly { text: string; compound?: boolean }[], locale: Locale, t: Translate): string {
  const items = phrases.map((phrase) => phrase.text);
  if (items.length < 3 || !phrases.slice(0, -1).some((phrase) => phrase.compound)) return listFormat(items, locale);
  return `${items.slice(0, -1).join(', ')}, ${t('map.alt.and')} ${items.at(-1)}`;
}

/** The entries with a location among `entries`, in order, with the ones they lie in (the Kremlin's Moscow) added. */
export function locatedAmong(model: Model, entries: readonly GlossaryEntry[], locale: Locale): Located[] {
  const located = entries.flatMap((entry) => locate(model, entry, locale) ?? []);
  for (const item of [...located]) {
    if (item.at && !located.some((other) => other.id === item.at)) {
      const host = model.entryById.get(item.at);
      const hostLocated = host && locate(model, host, locale);
      if (hostLocated) located.push(hostLocated);
    }
  }
  // Points first (they need their label beside the dot), then areas.
  return located.sort((a, b) => Number(Boolean(b.point && !b.area)) - Number(Boolean(a.point && !a.area)));
}

export interface LocatorOptions {
  id: string;
  /** The entries the article names, in order of first mention. */
  entries: readonly GlossaryEntry[];
  /** On an entry's page: that entry, which the map is centred on and marks. */
  self?: GlossaryEntry | undefined;
  /** "mei 2023", the month of the article (on its page), and the day the map was made, for the caption. */
  month?: string | undefined;
  made: string;
}

export function locatorMap(model: Model, options: LocatorOptions, locale: Locale, t: Translate): MapView {
  const located = locatedAmong(model, options.self ? [options.self, ...options.entries.filter((entry) => entry.id !== options.self?.id)] : options.entries, locale);
  const self = options.self && located.find((item) => item.id === options.self?.id);
  const centre = self?.point && !self.area ? self.point : self?.point && self.area?.shape === 'country' && !frameHolds(self.point) ? self.point : REGION_CENTRE;
  const frame = mapFrame(centre);
  const kyiv = located.find((item) => item.id === 'kyiv');
  const base = drawBase({ id: options.id, frame, located, self: self?.id, centre: frame.projection.invert?.([frame.width / 2, frame.height / 2]) as LonLat, distancesFrom: kyiv, locale, t });
  const crimeaShown = base.occupied.some(Boolean);
  const name = self?.name ?? '';
  const phrases = shownPhrases(base.shown, { self: self?.id, countries: Boolean(self), first: kyiv?.id }, t);
  const places = sentenceList(phrases, locale, t);
  // The zone is described only where it is drawn in the frame (its label placed), not on a map of Washington.
  const zoneShown = base.shown.some((item) => item.kind === 'zone');
  const description = [
    self ? (phrases.length ? t('map.alt.place', { name: self.inSentence, places }) : t('map.alt.placeAlone', { name: self.inSentence })) : phrases.length ? t('map.alt.locator', { places }) : t('map.alt.region'),
    base.offMap.length ? t('map.alt.offMap', { places: listFormat(base.offMap, locale) }) : '',
    crimeaShown ? t('map.crimea') : '',
    zoneShown ? t('map.borderZone') : '',
  ].filter(Boolean);
  const at = located.find((item) => item.at && (item.id === self?.id || !self));
  const host = at && located.find((item) => item.id === at.at);
  // The text alternative is the caption's first paragraph; the rest goes on from there.
  const caption = [
    at && host ? t('map.at', { name: sentenceStart(at.inSentence), place: host.name }) : '',
    options.month ? t('map.asOf', { month: options.month, date: options.made }) : t('map.made', { date: options.made }),
    options.month || crimeaShown ? t('map.notDrawn') : '',
  ].filter(Boolean);
  const { shown: _shown, offMap: _offMap, ...drawn } = base;
  return {
    ...drawn,
    title: self ? t('map.place.title', { name }) : t('map.locator.title'),
    description: description.join(' '),
    caption,
    bands: [],
    lines: [],
    ranges: [],
    sources: mapSources(model, located.filter((item) => item.point && !item.at), locale, t, crimeaShown),
  };
}

/** Whether a point lies in the article's region frame (a country entry whose point is there keeps that frame). */
function frameHolds(point: LonLat): boolean {
  return mapFrame(REGION_CENTRE).place(point) !== null;
}
