/** The interface languages. Dutch is the default and has no prefix; English lives under `/en/`. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

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
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteName = keyof typeof patterns;
export type Route =
  | { name: 'home' }
  | { name: 'article'; slug: string }
  | { name: 'glossary' }
  | { name: 'glossaryEntry'; id: string }
  | { name: 'timeline' }
  | { name: 'search' };

/** The site-relative path of a route in one language. */
export function pathFor(route: Route, locale: Locale): string {
  const pattern: string = patterns[route.name][locale];
  return pattern.replace(/:(\w+)/g, (_, key: string) => {
    const value = (route as Record<string, string>)[key];
    if (!value) throw new Error(`Route "${route.name}" needs the parameter "${key}".`);
    return encodeURIComponent(value);
  });
}

/** The same route in every language, for language switches and `hreflang` alternates. */
export function alternatesFor(route: Route): Record<Locale, string> {
  return { nl: pathFor(route, 'nl'), en: pathFor(route, 'en') };
}

export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}
