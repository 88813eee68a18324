/**
 * Structured data (schema.org JSON-LD) for search engines and link previews. Pure builders; the
 * page puts the result in a `<script type="application/ld+json">` through `serializeJsonLd`.
 */
import type { GlossaryData } from '../model/schemas/glossary.ts';

export type Thing = Record<string, unknown>;

const schemaTypes: Record<GlossaryData['kind'], string> = {
  person: 'Person',
  organisation: 'Organization',
  place: 'Place',
  weapon: 'Product',
  concept: 'Thing',
};

/** Where a place is, as schema.org `GeoCoordinates` (degrees, as the entry's source gives them). */
export interface Geo {
  latitude: number;
  longitude: number;
}

/**
 * A glossary entry as the thing it names, for an article's `about`. A place with a point gets its
 * `geo`; an organisation whose seat is known, a `location` with it.
 */
export function aboutLd(name: string, url: string, kind: GlossaryData['kind'], geo?: Geo): Thing {
  const coordinates = geo && { '@type': 'GeoCoordinates', ...geo };
  if (coordinates && kind === 'place') return { '@type': 'Place', name, url, geo: coordinates };
  if (coordinates) return { '@type': schemaTypes[kind], name, url, location: { '@type': 'Place', geo: coordinates } };
  return { '@type': schemaTypes[kind], name, url };
}

export interface OriginalArticleInput {
  /** A full day ("2023-05-31"): derived from the text when the copy gives less. */
  datePublished: string;
  inLanguage: string;
  /** Each only when the copy received states it. */
  headline?: string | undefined;
  publisher?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
}

/** The original news article, as far as it is known: what Duiding's page is based on. */
export function originalArticleLd(input: OriginalArticleInput): Thing {
  const { publisher, author, ...rest } = input;
  return {
    '@type': 'NewsArticle',
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
    ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
    ...(author ? { author: { '@type': 'Person', name: author } } : {}),
  };
}

export interface ExplainerInput {
  headline: string;
  description: string;
  inLanguage: string;
  url: string;
  image: string;
  /** Duiding: author and publisher of the page. */
  site: { name: string; url: string };
  /** The day Duiding first published the page, and the day of its last change or review. */
  datePublished: string;
  dateModified: string;
  /** What the page says about whose words the headline and standfirst are. */
  backstory?: string | undefined;
  /** The about page: how Duiding works, sources and corrects. */
  publishingPrinciples: string;
  isBasedOn: Thing;
  corrections: { text: string; datePublished: string }[];
  about: Thing[];
  /** On a translation: the original page (`translationOfWork`) and who translated it. */
  translationOf?: { url: string; inLanguage: string } | undefined;
  translator?: string | undefined;
  /** On an original that has a translation: the translated page (`workTranslation`). */
  translation?: { url: string; inLanguage: string } | undefined;
}

/**
 * Duiding's page about a news article: its own work (a BackgroundNewsArticle by Duiding), based on
 * the original, with its corrections.
 */
export function explainerLd(input: ExplainerInput): Thing {
  const { site, backstory, corrections, translationOf, translator, translation, ...rest } = input;
  const organisation = { '@type': 'Organization', ...site };
  const work = (page: { url: string; inLanguage: string }) => ({ '@type': 'BackgroundNewsArticle', ...page });
  return {
    '@context': 'https://schema.org',
    '@type': 'BackgroundNewsArticle',
    ...rest,
    ...(backstory ? { backstory } : {}),
    ...(translationOf ? { translationOfWork: work(translationOf) } : {}),
    ...(translator ? { translator: translator === site.name ? organisation : { '@type': 'Organization', name: translator } } : {}),
    ...(translation ? { workTranslation: work(translation) } : {}),
    author: organisation,
    publisher: organisation,
    ...(corrections.length > 0 ? { correction: corrections.map((correction) => ({ '@type': 'CorrectionComment', ...correction })) } : {}),
  };
}

export function definedTermLd(input: { name: string; description: string; url: string; alternateName: string[]; termSet: { name: string; url: string } }): Thing {
  const { termSet, ...rest } = input;
  return { '@context': 'https://schema.org', '@type': 'DefinedTerm', ...rest, inDefinedTermSet: { '@type': 'DefinedTermSet', ...termSet } };
}

export function breadcrumbLd(items: { name: string; url: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

/**
 * JSON for inside a `<script>` element: `<` is escaped so no content (a title holding
 * `</script>`) can end the element early.
 */
export function serializeJsonLd(data: Thing | Thing[]): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
