import { describe, expect, test } from 'vitest';
import { pageHead, refreshTarget } from '../../../src/tooling/page-head.ts';

const html = (head: string) => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body><a href="/elders/">x</a></body></html>`;

describe('pageHead', () => {
  test('reads the canonical URL and the hreflang alternates of a page', () => {
    const head = pageHead(
      html(
        '<link rel="canonical" href="https://d.example/en/glossary/putin/"><link rel="alternate" hreflang="nl-NL" href="https://d.example/begrippen/poetin/">' +
          '<link rel="alternate" hreflang="en-GB" href="https://d.example/en/glossary/putin/"><link rel="alternate" type="application/rss+xml" href="/en/rss.xml">',
      ),
    );
    expect(head).toEqual({
      canonical: 'https://d.example/en/glossary/putin/',
      alternates: [
        { hreflang: 'nl-NL', href: 'https://d.example/begrippen/poetin/' },
        { hreflang: 'en-GB', href: 'https://d.example/en/glossary/putin/' },
      ],
      noindex: false,
    });
  });

  test('recognises a moved page by its refresh, and its noindex', () => {
    const head = pageHead(html('<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=/en/glossary/putin/">'));
    expect(head).toMatchObject({ refresh: '/en/glossary/putin/', noindex: true });
  });
});

test('refreshTarget reads the URL of the forms browsers accept, and nothing from a plain reload', () => {
  expect(refreshTarget('0; url=/a/')).toBe('/a/');
  expect(refreshTarget("0;URL='/a/'")).toBe('/a/');
  expect(refreshTarget('5')).toBeUndefined();
});
