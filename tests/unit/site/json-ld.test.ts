import { describe, expect, test } from 'vitest';
import { aboutLd, breadcrumbLd, definedTermLd, newsArticleLd, serializeJsonLd } from '../../../src/site/json-ld.ts';

describe('json-ld', () => {
  test('a NewsArticle carries the required fields, its date at the stored precision', () => {
    const data = newsArticleLd({
      headline: 'Drones in Moskou',
      description: 'Standfirst.',
      datePublished: '2023-05',
      inLanguage: 'nl',
      url: 'https://duiding.example/artikelen/x/',
      image: 'https://duiding.example/og/nl/article/x.png',
      publisher: { name: 'Duiding', url: 'https://duiding.example/' },
      backstory: 'De kop is van Duiding.',
      about: [aboutLd('Atacms', 'https://duiding.example/begrippen/atacms/', 'weapon')],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      datePublished: '2023-05',
      inLanguage: 'nl',
      publisher: { '@type': 'Organization', name: 'Duiding' },
      about: [{ '@type': 'Product', name: 'Atacms' }],
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
