/**
 * The maps of an article page: the locator map of the places it names, and the range diagram of the
 * weapons whose range facts are marked for drawing. Either is left out when the article names no
 * such place or weapon.
 */
import type { Translate } from '../../i18n/index.ts';
import { type Locale, localeTags } from '../../i18n/routes.ts';
import type { Article, Model } from '../../model/types.ts';
import { formatPreciseDate } from '../../text/precise-date.ts';
import { locatorMap } from './locator-map.ts';
import type { MapView } from './map-view.ts';
import { rangeBands, rangeMap } from './range-map.ts';

export function articleMaps(model: Model, article: Article, entryIds: readonly string[], locale: Locale, t: Translate): MapView[] {
  const entries = entryIds.flatMap((id) => model.entryById.get(id) ?? []);
  const month = formatPreciseDate(article.data.published, localeTags[locale]);
  const made = formatPreciseDate(article.data.reviewed, localeTags[locale]);
  const maps: MapView[] = [];
  const locator = entries.some((entry) => entry.data.location) ? locatorMap(model, { id: 'map-places', entries, month, made }, locale, t) : undefined;
  if (locator) maps.push(locator);
  // The range diagram has the locator's frame: it draws the same land and borders by reference.
  if (rangeBands(entries).length > 0) maps.push(rangeMap(model, { id: 'map-ranges', baseFrom: locator?.id, entries, month, made }, locale, t));
  return maps;
}
