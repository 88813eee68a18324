import { describe, expect, test } from 'vitest';
import { movedPages, redirectsFile } from '../../../src/integrations/redirects-file.ts';

const movedPage = (to: string) =>
  `<!doctype html><html lang="en"><head><title>Moved</title><link rel="canonical" href="https://d.example${to}"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${to}"></head><body><a href="${to}">${to}</a></body></html>`;

describe('_redirects', () => {
  test('has one 301 line for each moved page of the built site, and none for the others', () => {
    const pages = [
      { path: '/en/glossary/witte-huis/', html: movedPage('/en/glossary/white-house/') },
      { path: '/en/glossary/putin/', html: '<!doctype html><html><head><title>Putin</title><link rel="canonical" href="https://d.example/en/glossary/putin/"></head></html>' },
      { path: '/en/glossary/poetin/', html: movedPage('/en/glossary/putin/') },
    ];
    expect(redirectsFile(movedPages(pages))).toBe(
      [
        '# Moved pages (src/model/moved-urls.ts); each old URL also has a page that sends readers on.',
        '/en/glossary/poetin/ /en/glossary/putin/ 301',
        '/en/glossary/witte-huis/ /en/glossary/white-house/ 301',
        '',
      ].join('\n'),
    );
  });

  test('a page that refreshes to another site, or nowhere on this one, stops the build', () => {
    expect(() => movedPages([{ path: '/x/', html: movedPage('https://elders.example/') }])).toThrow('/x/ refreshes to "https://elders.example/", which is not a path of this site.');
    expect(() => movedPages([{ path: '/x/', html: movedPage('//elders.example/') }])).toThrow(/not a path of this site/);
  });
});
