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
import { drawBase, listFormat, type Located, locate } from './map-base.ts';
import { mapFrame } from './map-frame.ts';
import type { MapView } from './map-view.ts';

/** The centre of the article's map: between Kyiv and Moscow, with Crimea in the frame. */
export const REGION_CENTRE: LonLat = [32.5, 50.6];

/** UN General Assembly resolution 68/262 of 27 March 2014, on the territorial integrity of Ukraine. */
const unResolution = (t: Translate) => ({ name: t('map.source.crimeaName'), url: 'https://undocs.org/A/RES/68/262', date: '2014-03-27' });

export function mapSources(model: Model, located: readonly Located[], locale: Locale, t: Translate, withCrimea: boolean): MapView['sources'] {
  const sources: MapView['sources'] = [{ what: t('map.source.borders'), source: { article: false, name: naturalEarth.name, url: naturalEarth.url } }];
  if (withCrimea) {
    const un = unResolution(t);
    sources.push({ what: t('map.source.crimea'), source: { article: false, name: un.name, url: un.url, date: new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(un.date)) } });
  }
  for (const item of located) {
    const point = item.entry.data.location?.point;
    if (point) sources.push({ what: t('map.source.point', { name: item.pointName ?? item.name }), source: sourceView(model, point.source, locale, t) });
  }
  return sources;
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
  const places = base.shown.length ? listFormat(base.shown, locale) : t('map.alt.none');
  const description = [
    self ? t('map.alt.place', { name, places }) : t('map.alt.locator', { places }),
    base.offMap.length ? t('map.alt.offMap', { places: listFormat(base.offMap, locale) }) : '',
    crimeaShown ? t('map.crimea') : '',
    base.borderZone ? t('map.borderZone') : '',
  ].filter(Boolean);
  const at = located.find((item) => item.at && (item.id === self?.id || !self));
  const host = at && located.find((item) => item.id === at.at);
  // The text alternative is the caption's first paragraph; the rest goes on from there.
  const caption = [
    at && host ? t('map.at', { name: at.name, place: host.name }) : '',
    options.month ? t('map.asOf', { month: options.month, date: options.made }) : t('map.made', { date: options.made }),
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
