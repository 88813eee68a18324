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

/** A glossary entry as the thing it names, for an article's `about`. */
export function aboutLd(name: string, url: string, kind: GlossaryData['kind']): Thing {
  return { '@type': schemaTypes[kind], name, url };
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** Publication date at its stored precision ("2023-05"), which ISO 8601 allows. */
  datePublished: string;
  inLanguage: string;
  url: string;
  image: string;
  publisher: { name: string; url: string };
  /** Why the headline is the site's, when it is. */
  backstory?: string | undefined;
  about: Thing[];
}

export function newsArticleLd(input: NewsArticleInput): Thing {
  const { publisher, backstory, ...rest } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...rest,
    ...(backstory ? { backstory } : {}),
    publisher: { '@type': 'Organization', ...publisher },
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
