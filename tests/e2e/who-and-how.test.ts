/**
 * Who is behind the site and how it works, where a reader meets it first: one line on the home
 * page with the way to the about page, and a footer on every page that speaks to readers (who
 * writes, how errors are corrected, where to report one).
 */
import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';

const browser = await connectBrowser();

const languages = [
  {
    home: '/',
    about: '/over/',
    line: 'Duiding legt nieuwsartikelen uit met een begrippenlijst, een tijdlijn en bronnen.',
    how: 'Zo werken wij',
    aboutTitle: 'Over Duiding',
    corrects: 'Hoe Duiding fouten herstelt',
    correctsTitle: 'Correcties',
    pages: ['/', articlePath.nl, '/begrippen/atacms/', '/tijdlijn/', '/zoeken/'],
  },
  {
    home: '/en/',
    about: '/en/about/',
    line: 'Duiding explains news articles with a glossary, a timeline and sources.',
    how: 'How we work',
    aboutTitle: 'About Duiding',
    corrects: 'How Duiding corrects errors',
    correctsTitle: 'Corrections',
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

  // The e2e build has no DUIDING_CONTACT: the footer offers no way to report that does not exist, and
  // leads to how Duiding corrects instead (tests/unit/site/contact.test.ts covers the address).
  test.each(languages)('every page\'s footer in $home tells readers who writes and how errors are corrected, and offers no report address the site lacks', async ({ about, corrects, correctsTitle, pages }) => {
    const { page, problems } = await openPage(browser);
    for (const path of pages) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      const text = (await footer.textContent()) ?? '';
      expect(text, path).toMatch(/^Duiding schrijft de begrippen|^Duiding writes the glossary/);
      expect(text, path).toMatch(/Correcties en wijzigingen|Corrections and changes/);
      // Readers, not developers: no word about how the site is built.
      expect(text, path).not.toMatch(/statisch|static|Astro|JavaScript|HTML/i);
      expect(await footer.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash))).toEqual([
        `${about}#about-corrections`,
        about,
      ]);
    }
    await page.getByRole('contentinfo').getByRole('link', { name: corrects }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#about-corrections');
    const section = page.locator('#about-corrections');
    expect(await section.textContent()).toBe(correctsTitle);
    expect(await section.isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});
