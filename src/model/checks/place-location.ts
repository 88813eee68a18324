import type { LonLat } from '../../geo/geodesic.ts';
import { recognisedWorld } from '../../geo/world.ts';
import type { GlossaryEntry, Problem } from '../types.ts';

/**
 * Every place can be drawn: an entry of kind place has a location; a point lies inside the country
 * it names (recognised borders, at full 1:50m detail: Simferopol lies in Ukraine), so a swapped
 * latitude and longitude or a wrong sign stops the build; and `at` names a place entry with a point.
 */
export function checkPlaceLocations(glossary: readonly GlossaryEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(glossary.map((entry) => [entry.id, entry]));
  for (const entry of glossary) {
    const { kind, location } = entry.data;
    const problem = (field: string, message: string) => problems.push({ file: entry.filePath, field, message });
    if (!location) {
      if (kind === 'place') {
        problem('location', 'is missing: a place needs one for its map. Add location: { country: <ISO code>, point: { lat, lon, source: <e.g. its GeoNames record> } }, or an area.');
      }
      continue;
    }
    const { point, at, country } = location;
    if (point) {
      const lonLat: LonLat = [point.lon, point.lat];
      if (!recognisedWorld().contains(country, lonLat)) {
        const swapped = recognisedWorld().contains(country, [point.lat, point.lon]);
        problem(
          'location.point',
          `(${point.lat} N, ${point.lon} E) does not lie in ${country} as drawn (Natural Earth, recognised borders). ${swapped ? 'Latitude and longitude look swapped: swap them.' : 'Check the coordinates against the source, or the country.'}`,
        );
      }
    }
    if (at) {
      const other = byId.get(at);
      if (!other?.data.location?.point) {
        problem('location.at', `names "${at}", ${other ? 'which has no location.point' : 'which is no glossary entry'}. Name a place entry with a point (e.g. moskou), or give a point of its own.`);
      } else if (other.data.location.country !== country) {
        problem('location.at', `names "${at}", which lies in ${other.data.location.country}, not in ${country}. Correct the country or the entry.`);
      }
    }
  }
  return problems;
}
