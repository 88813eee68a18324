/** The interface languages. Dutch is the default and has no prefix; English lives under `/en/`. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags for `Intl`, `hreflang` and Open Graph, per interface language. */
export const localeTags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Every page of the site, by route name. Paths are localised (`/artikelen/` and `/en/articles/`),
 * so a page's counterpart in the other language is found by name and parameters, never by
 * rewriting its URL.
 */
const patterns = {
  home: { nl: '/', en: '/en/' },
  article: { nl: '/artikelen/:slug/', en: '/en/articles/:slug/' },
  glossary: { nl: '/begrippen/', en: '/en/glossary/' },
  glossaryEntry: { nl: '/begrippen/:id/', en: '/en/glossary/:id/' },
  timeline: { nl: '/tijdlijn/', en: '/en/timeline/' },
  search: { nl: '/zoeken/', en: '/en/search/' },
  about: { nl: '/over/', en: '/en/about/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteName = keyof typeof patterns;
export type Route =
  | { name: 'home' }
  | { name: 'article'; slug: string }
  | { name: 'glossary' }
  | { name: 'glossaryEntry'; id: string }
  | { name: 'timeline' }
  | { name: 'search' }
  | { name: 'about' };

/** The site-relative path of a route in one language. */
export function pathFor(route: Route, locale: Locale): string {
  const pattern: string = patterns[route.name][locale];
  return pattern.replace(/:(\w+)/g, (_, key: string) => {
    const value = (route as Record<string, string>)[key];
    if (!value) throw new Error(`Route "${route.name}" needs the parameter "${key}".`);
    return encodeURIComponent(value);
  });
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

/**
 * The route and language of a site-relative path, or undefined for a path that is no page of the
 * scheme (an asset, the 404 page). The inverse of `pathFor`, for the sitemap's alternates.
 */
export function routeOf(pathname: string): { route: Route; locale: Locale } | undefined {
  for (const [name, byLocale] of Object.entries(patterns)) {
    for (const locale of locales) {
      const keys: string[] = [];
      const source = (byLocale as Record<Locale, string>)[locale].replace(/:(\w+)/g, (_, key: string) => {
        keys.push(key);
        return '([^/]+)';
      });
      const match = new RegExp(`^${source}$`).exec(pathname);
      if (!match) continue;
      const params = Object.fromEntries(keys.map((key, index) => [key, decodeURIComponent(match[index + 1] as string)]));
      return { route: { name, ...params } as Route, locale };
    }
  }
  return undefined;
}
