/**
 * Where a glossary entry is, for the maps: its country, and a point (a city, with its source), an
 * area (the country as Natural Earth draws it with recognised borders, or a country's border zone
 * with a neighbour), or `at` another place entry it lies in (the Kremlin lies in Moscow).
 * Every coordinate names where it comes from, e.g. its GeoNames record.
 */
import { z } from 'astro/zod';
import { countryCodes } from '../../geo/countries.ts';
import { bilingual, slug, sourceRef, strictObject } from './fields.ts';

const codes = Object.keys(countryCodes) as [keyof typeof countryCodes, ...(keyof typeof countryCodes)[]];
const country = (hint: string) => z.enum(codes, { error: `must be one of ${codes.join(', ')} (ISO 3166-1 alpha-2): ${hint}.` });

const degrees = (what: string, limit: number) =>
  z
    .number({ error: `must be a number of degrees, e.g. ${limit === 90 ? '55.75222' : '37.61556'}: the ${what}.` })
    .min(-limit, { error: `must lie between -${limit} and ${limit}: the ${what}.` })
    .max(limit, { error: `must lie between -${limit} and ${limit}: the ${what}.` });

const point = strictObject(
  {
    /** Degrees north (negative: south), as the source gives them. */
    lat: degrees('latitude', 90),
    /** Degrees east (negative: west), as the source gives them. */
    lon: degrees('longitude', 180),
    /** The name on the map, when the point is not the entry itself (London for the United Kingdom). */
    name: bilingual('the name of the point on the map').optional(),
    /** Where the coordinates come from, e.g. { name: GeoNames 524901, url: https://www.geonames.org/524901 }. */
    source: sourceRef,
  },
  'a point as lat, lon and source (and an optional name)',
);

const area = strictObject(
  {
    /** `country`: the whole country; `border-zone`: the country's side of its land border with `with`. */
    shape: z.enum(['country', 'border-zone'], { error: 'must be country or border-zone.' }),
    /** For a border zone: the neighbour across the border. */
    with: country('the neighbour across the border').optional(),
    /** The dataset the outline comes from, e.g. Natural Earth. */
    source: sourceRef,
  },
  'an area as shape, source (and with, for a border zone)',
);

export const location = strictObject(
  {
    /** The country it lies in (recognised borders), as ISO 3166-1 alpha-2, e.g. RU. */
    country: country('the country it lies in'),
    point: point.optional(),
    area: area.optional(),
    /** The name as a sentence uses it, with its article ("het Verenigd Koninkrijk", "the Kremlin"), where it has one. */
    inSentence: bilingual('the name as a sentence uses it, e.g. "het Verenigd Koninkrijk"').optional(),
    /** The place entry it lies in, when it is too small to draw apart at the maps' scale (the Kremlin in Moscow). */
    at: slug('the id of the place entry it lies in, e.g. moskou').optional(),
  },
  'a location as country with point, area or at',
).superRefine((value, context) => {
  if (!value.point && !value.area && !value.at) {
    context.addIssue({ code: 'custom', message: 'has no point, area or at. Add a point with its source (e.g. its GeoNames record), an area, or the place entry it lies in.' });
  }
  if (value.at && (value.point || value.area)) {
    context.addIssue({ code: 'custom', path: ['at'], message: 'comes with a point or area. Keep one: "at" shows the entry at the other entry\'s point.' });
  }
  if (value.area?.shape === 'border-zone' && !value.area.with) {
    context.addIssue({ code: 'custom', path: ['area', 'with'], message: 'is missing. A border zone needs the neighbour across the border, e.g. with: UA.' });
  }
});

export type Location = z.infer<typeof location>;
