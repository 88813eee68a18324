import { describe, expect, test } from 'vitest';
import { aboutLd, breadcrumbLd, definedTermLd, explainerLd, originalArticleLd, serializeJsonLd } from '../../../src/site/json-ld.ts';

describe('json-ld', () => {
  test('the page is Duiding’s work based on the original, which names only what is known of it', () => {
    const data = explainerLd({
      headline: 'Drones in Moskou',
      description: 'Standfirst.',
      inLanguage: 'nl',
      url: 'https://duiding.example/artikelen/x/',
      image: 'https://duiding.example/og/nl/article/x.png',
      site: { name: 'Duiding', url: 'https://duiding.example/' },
      datePublished: '2026-11-25',
      dateModified: '2026-11-27',
      backstory: 'Kop en intro zijn geschreven door Duiding.',
      publishingPrinciples: 'https://duiding.example/over/',
      isBasedOn: originalArticleLd({ datePublished: '2023-05-31', inLanguage: 'nl', publisher: undefined, author: 'A. Schrijver' }),
      corrections: [{ text: 'De intro is gedateerd.', datePublished: '2026-11-27' }],
      about: [aboutLd('Atacms', 'https://duiding.example/begrippen/atacms/', 'weapon')],
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BackgroundNewsArticle',
      headline: 'Drones in Moskou',
      description: 'Standfirst.',
      inLanguage: 'nl',
      url: 'https://duiding.example/artikelen/x/',
      image: 'https://duiding.example/og/nl/article/x.png',
      datePublished: '2026-11-25',
      dateModified: '2026-11-27',
      backstory: 'Kop en intro zijn geschreven door Duiding.',
      publishingPrinciples: 'https://duiding.example/over/',
      isBasedOn: { '@type': 'NewsArticle', datePublished: '2023-05-31', inLanguage: 'nl', author: { '@type': 'Person', name: 'A. Schrijver' } },
      author: { '@type': 'Organization', name: 'Duiding', url: 'https://duiding.example/' },
      publisher: { '@type': 'Organization', name: 'Duiding', url: 'https://duiding.example/' },
      correction: [{ '@type': 'CorrectionComment', text: 'De intro is gedateerd.', datePublished: '2026-11-27' }],
      about: [{ '@type': 'Product', name: 'Atacms', url: 'https://duiding.example/begrippen/atacms/' }],
    });
  });

  test('a DefinedTerm names its term set', () => {
    expect(definedTermLd({ name: 'Atacms', description: 'Raket.', url: 'u', alternateName: ['ATACMS'], termSet: { name: 'Begrippen', url: 'g' } })).toMatchObject({
      '@type': 'DefinedTerm',
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Begrippen' },
    });
  });

  test('breadcrumbs are numbered from 1', () => {
    expect(breadcrumbLd([{ name: 'a', url: 'x' }, { name: 'b', url: 'y' }])).toMatchObject({
      itemListElement: [{ position: 1, item: 'x' }, { position: 2, item: 'y' }],
    });
  });

  test('content cannot close the script element it is serialised into', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
