/** The interface languages. Dutch is the default and has no prefix; English lives under `/en/`. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags for `Intl`, `hreflang` and Open Graph, per interface language. */
export const localeTags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Every page of the site, by route name. Paths are localised (`/artikelen/` and `/en/articles/`),
 * so a page's counterpart in the other language is found by name and parameters, never by
 * rewriting its URL.
 *
 * A parameter is one value for every language (an article's slug) or one per language (a glossary
 * entry's slug: `poetin` in Dutch, `putin` in English). This floor cannot read content, so a route
 * carries its slugs: whoever makes a route from an entry resolves them (src/model/glossary-urls.ts),
 * and `pathFor` only picks the page's language. Given one language's path, the other's cannot be
 * derived here; the sitemap takes each page's alternates from the page itself.
 */
const patterns = {
  home: { nl: '/', en: '/en/' },
  article: { nl: '/artikelen/:slug/', en: '/en/articles/:slug/' },
  archive: { nl: '/archief/:period/', en: '/en/archive/:period/' },
  glossary: { nl: '/begrippen/', en: '/en/glossary/' },
  glossaryEntry: { nl: '/begrippen/:slug/', en: '/en/glossary/:slug/' },
  timeline: { nl: '/tijdlijn/', en: '/en/timeline/' },
  timelinePeriod: { nl: '/tijdlijn/:period/', en: '/en/timeline/:period/' },
  search: { nl: '/zoeken/', en: '/en/search/' },
  about: { nl: '/over/', en: '/en/about/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteName = keyof typeof patterns;
/** A value per interface language, e.g. a glossary entry's URL slugs. */
export type Localised = Readonly<Record<Locale, string>>;
export type Route =
  | { name: 'home' }
  | { name: 'article'; slug: string }
  /** The articles of a year, month or day (`2023`, `2023/05`), once there are too many for the home page. */
  | { name: 'archive'; period: string }
  | { name: 'glossary' }
  | { name: 'glossaryEntry'; slug: Localised }
  | { name: 'timeline' }
  /** The timeline's events of a year, month or day, once there are too many for one page (src/model/period-pages.ts). */
  | { name: 'timelinePeriod'; period: string }
  | { name: 'search' }
  | { name: 'about' };

/** The site-relative path of a route in one language. */
export function pathFor(route: Route, locale: Locale): string {
  const pattern: string = patterns[route.name][locale];
  return pattern.replace(/:(\w+)/g, (_, key: string) => {
    const param = (route as Record<string, string | Localised | undefined>)[key];
    const value = typeof param === 'string' ? param : param?.[locale];
    if (!value) throw new Error(`Route "${route.name}" needs the parameter "${key}".`);
    // A period is a path of its own (`2023/05`, digits only); anything else is one encoded segment.
    return key === 'period' && /^\d{4}(\/\d{2}){0,2}$/.test(value) ? value : encodeURIComponent(value);
  });
}

/**
 * The archive's folder without a period (`/archief/`): no page of its own, as the archive's first
 * page is the home page; a reader who shortens a period's address lands there (src/model/moved-urls.ts).
 */
export function archiveFolder(locale: Locale): string {
  return patterns.archive[locale].replace(':period/', '');
}

/** A site-relative path as the absolute URL on the configured origin (Astro's `site`). */
export function siteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site).href;
}

/** The same route in every language, for language switches and `hreflang` alternates. */
export function alternatesFor(route: Route): Record<Locale, string> {
  return { nl: pathFor(route, 'nl'), en: pathFor(route, 'en') };
}

/** BCP 47 tag to Open Graph's locale form: `nl-NL` → `nl_NL`. */
export function ogLocale(locale: Locale): string {
  return localeTags[locale].replace('-', '_');
}
