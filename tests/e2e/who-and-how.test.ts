/**
 * Who is behind the site and how it works, where a reader meets it first: one line on the home
 * page with the way to the about page, and a footer on every page that speaks to readers (who
 * writes, how errors are corrected, where to report one).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser?.close());

const languages = [
  {
    home: '/',
    about: '/over/',
    line: 'Duiding is een redactie die nieuwsartikelen uitlegt, met een begrippenlijst, een tijdlijn en bronnen.',
    how: 'Zo werken wij',
    aboutTitle: 'Over Duiding',
    report: 'Een fout melden',
    reportTitle: 'Een fout melden of verwijdering vragen',
    pages: ['/', articlePath.nl, '/begrippen/atacms/', '/tijdlijn/', '/zoeken/'],
  },
  {
    home: '/en/',
    about: '/en/about/',
    line: 'Duiding is an editorial desk that explains news articles with a glossary, a timeline and sources.',
    how: 'How we work',
    aboutTitle: 'About Duiding',
    report: 'Report an error',
    reportTitle: 'Report an error or ask for removal',
    pages: ['/en/', articlePath.en, '/en/glossary/atacms/', '/en/timeline/'],
  },
] as const;

describe('who and how', () => {
  test.each(languages)('the home page $home says in one line what Duiding is, and leads to the about page', async ({ home, about, line, how, aboutTitle }) => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(home);
    // Before the list of articles, in the first paragraph under the heading.
    const intro = page.locator('main h1 + p');
    expect(await intro.textContent()).toBe(`${line} ${how}`);
    await intro.getByRole('link', { name: how }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(about);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(aboutTitle);
    expect(problems).toEqual([]);
  });

  test.each(languages)('every page\'s footer in $home tells readers who writes, how errors are corrected and where to report one', async ({ about, report, reportTitle, pages }) => {
    const { page, problems } = await openPage(browser);
    for (const path of pages) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      const text = (await footer.textContent()) ?? '';
      expect(text, path).toMatch(/redactie van Duiding|Duiding’s editors/);
      expect(text, path).toMatch(/Correcties en wijzigingen|Corrections and changes/);
      // Readers, not developers: no word about how the site is built.
      expect(text, path).not.toMatch(/statisch|static|Astro|JavaScript|HTML/i);
      expect(await footer.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash))).toEqual([
        `${about}#contact`,
        about,
      ]);
    }
    // The report link opens the about page on its contact section, which says how (or that no address is set yet).
    await page.getByRole('contentinfo').getByRole('link', { name: report }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#contact');
    const section = page.locator('#contact');
    expect(await section.getByRole('heading').textContent()).toBe(reportTitle);
    expect(await section.isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});
