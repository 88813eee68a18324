/** An entry's coordinates for JSON-LD: its own point, or the point of the place it lies in (the Kremlin's Moscow). */
import type { GlossaryEntry, Model } from '../../model/types.ts';
import type { Geo } from '../json-ld.ts';

export function entryGeo(model: Pick<Model, 'entryById'>, entry: GlossaryEntry): Geo | undefined {
  const location = entry.data.location;
  const point = location?.at ? model.entryById.get(location.at)?.data.location?.point : location?.point;
  // A country's point is its capital's (London for the United Kingdom), not the country's own.
  if (!point || point.name) return undefined;
  return { latitude: point.lat, longitude: point.lon };
}
