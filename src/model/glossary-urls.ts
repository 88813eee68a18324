/**
 * Where a glossary entry's pages live. The Dutch page's slug is the file name, the entry's permanent
 * id (`/begrippen/poetin/`); the English page's slug is the entry's own `slug.en`
 * (`/en/glossary/putin/`). The routes floor cannot read content, so every link to an entry is made
 * from the route these functions give, which carries both slugs (src/i18n/routes.ts).
 */
import type { Locale, Route } from '../i18n/routes.ts';
import type { GlossaryData } from './schemas/glossary.ts';
import type { Model } from './types.ts';

/** What the slugs are read from: an entry's id and its `slug` field. */
export interface SluggedEntry {
  id: string;
  data: Pick<GlossaryData, 'slug'>;
}

/** The entry's URL slug in each language. */
export function entrySlugs(entry: SluggedEntry): Record<Locale, string> {
  return { nl: entry.id, en: entry.data.slug.en };
}

/** The route of the entry's page, in either language. */
export function entryRoute(entry: SluggedEntry): Route {
  return { name: 'glossaryEntry', slug: entrySlugs(entry) };
}

/** The route of the entry with this id; an unknown id is a programming error, not a broken link. */
export function entryRouteById(model: Pick<Model, 'entryById'>, id: string): Route {
  const entry = model.entryById.get(id);
  if (!entry) throw new Error(`There is no glossary entry "${id}".`);
  return entryRoute(entry);
}

/**
 * Where the entry's English page used to be: before entries had an English slug, English URLs used
 * the file name (`/en/glossary/poetin/`). Undefined when that is still the English URL.
 */
export function formerEnglishRoute(entry: SluggedEntry): Route | undefined {
  return entry.data.slug.en === entry.id ? undefined : { name: 'glossaryEntry', slug: { nl: entry.id, en: entry.id } };
}
