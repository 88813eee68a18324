import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';
import { builtPage } from './support/built-page.ts';

const browser = await connectBrowser();

/** The results on the page, once they are all shown. */
async function results(page: Page) {
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 }).toMatch(/resulta|result|Niets|Nothing/);
  await expect.poll(() => page.locator('#search-results').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
  return page.locator('.search-results > li').evaluateAll((items) =>
    items.map((item) => ({
      kind: item.querySelector('.result-kind')?.textContent ?? '',
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: item.querySelector('.result-excerpt')?.textContent ?? '',
    })),
  );
}

/**
 * Types `query` into the search box of the loaded search page, as a reader searching again does.
 * The address takes the query once the page has answered it, so nothing read afterwards can be
 * left from the previous query.
 */
async function typeQuery(page: Page, query: string) {
  await page.locator('#search-q').fill(query);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query);
}

/** The results of `query`, typed into the loaded search page (`typeQuery`). */
async function searchAgain(page: Page, query: string) {
  await typeQuery(page, query);
  return results(page);
}

const path = (href: string) => new URL(href, 'http://x').pathname + new URL(href, 'http://x').hash;

describe('search, spelling variants', () => {
  // One search page, searched again for each spelling: the engine loads once, as it does for a reader.
  test('each spelling finds the glossary entry and a passage that says it the article\'s way', async () => {
    const variants: [query: string, entry: string, articleForm: string][] = [
      ['Putin', '/begrippen/poetin/', 'Poetin'],
      ['ATACMS', '/begrippen/atacms/', 'Atacms'],
      ['atacms-raket', '/begrippen/atacms/', 'Atacms-raket'],
      ['Zelenskyy', '/begrippen/zelensky/', 'Zelensky'],
      ['Kiev', '/begrippen/kyiv/', 'Kyiv'],
      ['White House', '/begrippen/witte-huis/', 'Witte Huis'],
      ['kernwapen', '/begrippen/kernwapens/', 'kernwapens'],
    ];
    const { page, problems } = await openPage(browser);
    await page.goto('/zoeken/');
    for (const [query, entry, articleForm] of variants) {
      const found = await searchAgain(page, query);
      expect(found.map((result) => path(result.href)), query).toContain(entry);
      const passage = found.find((result) => result.kind === 'Passage' && result.excerpt.includes(articleForm));
      expect(passage?.href, query).toMatch(/^\/artikelen\/drones-moskou-witte-huis\/\?pagefind-highlight=.*#[a-z0-9-]+$/);
    }
    expect(problems).toEqual([]);
  });

  test('the English interface searches the same content and links to English pages', async () => {
    const { page } = await openPage(browser);
    await page.goto('/en/search/?q=Putin');
    const found = await results(page);
    expect(found.map((result) => path(result.href))).toContain('/en/glossary/putin/');
    expect(found.some((result) => result.kind === 'Passage' && result.href.startsWith('/en/articles/'))).toBe(true);
    expect(found.some((result) => result.href.startsWith('/artikelen/'))).toBe(false);
  });
});

describe('the search page', () => {
  test('labels results by kind, and the kind filter narrows them and shows in the URL', async () => {
    const { page } = await openPage(browser);
    await page.goto('/zoeken/?q=Atacms');
    await results(page);
    // Ten at a time: "more results" shows the rest.
    while (await page.getByRole('button', { name: 'Meer resultaten' }).isVisible()) {
      await page.getByRole('button', { name: 'Meer resultaten' }).click();
      await results(page);
    }
    const all = await results(page);
    expect(new Set(all.map((result) => result.kind))).toEqual(new Set(['Begrip', 'Passage', 'Gebeurtenis']));
    await page.getByLabel('Gebeurtenis').check();
    await expect.poll(async () => new Set((await results(page)).map((result) => result.kind))).toEqual(new Set(['Gebeurtenis']));
    expect(new URL(page.url()).searchParams.get('kind')).toBe('event');
  });

  test('a result opens its passage, scrolled to it, with the searched word highlighted', async () => {
    const { page, problems } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto('/zoeken/?q=Putin&kind=passage');
    await results(page);
    await page.locator('.search-results a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(articlePath.nl);
    const id = new URL(page.url()).hash.slice(1);
    await expect.poll(() => page.locator(`[id="${id}"] mark.pagefind-highlight`).first().textContent(), { timeout: 10_000 }).toMatch(/^Poetin/);
    expect(await page.locator(`[id="${id}"]`).evaluate((element) => element.matches(':target'))).toBe(true);
    expect(problems).toEqual([]);
  });

  test('typing updates the address, so the page can be shared as it is', async () => {
    const { page } = await openPage(browser);
    await page.goto('/zoeken/');
    await page.getByLabel('Zoek in Duiding').fill('Storm Shadow');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Storm Shadow');
    expect((await results(page)).length).toBeGreaterThan(0);
  });

  test('Back from a result returns to the same search and its results', async () => {
    const { page } = await openPage(browser);
    await page.goto('/zoeken/?q=Cleverly');
    await results(page);
    await page.locator('.search-results a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/zoeken/');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Cleverly');
    expect(await page.getByLabel('Zoek in Duiding').inputValue()).toBe('Cleverly');
    expect((await results(page)).length).toBeGreaterThan(0);
  });

  test('a misspelt name shows what the right one finds, says so, and offers it as a search', async () => {
    const { page } = await openPage(browser);
    await page.goto('/zoeken/?q=Atakms');
    expect((await results(page)).map((result) => path(result.href))).toContain('/begrippen/atacms/');
    expect(await page.locator('#search-status').textContent()).toBe('Niets gevonden voor ‘Atakms’. Dit zijn de resultaten voor ‘Atacms’.');
    await searchAgain(page, 'Zelenksy');
    const offer = page.locator('.search-suggestion a');
    expect(await offer.textContent()).toBe('Zelensky');
    await offer.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Zelensky');
    expect((await results(page)).map((result) => path(result.href))).toContain('/begrippen/zelensky/');
  });

  test('a query for something the site does not cover says so, with no weak hits and no far-fetched suggestion', async () => {
    const { page } = await openPage(browser);
    // Pagefind's stemmer cuts "Navo" to "na" ("after"), found in dozens of records; "Krim" is two letters from "Kyiv".
    await page.goto('/zoeken/');
    for (const query of ['Navo', 'Krim']) {
      expect(await searchAgain(page, query)).toEqual([]);
      expect(await page.locator('#search-status').textContent()).toBe(`Niets gevonden voor ‘${query}’ in de artikelen, begrippen en tijdlijn van Duiding.`);
      expect(await page.locator('.search-suggestion').isHidden()).toBe(true);
    }
    // A query with good results gets no "did you mean".
    expect((await searchAgain(page, 'Atacms')).length).toBeGreaterThan(0);
    expect(await page.locator('.search-suggestion').isHidden()).toBe(true);
    // A stop word alone would list everything and mark every "de": the page asks for something more specific.
    await typeQuery(page, 'de');
    expect(await page.locator('#search-status').textContent()).toBe('‘de’ is te algemeen om op te zoeken. Zoek op een naam, een plaats, een wapen of een onderwerp.');
    expect(await page.locator('.search-results > li').count()).toBe(0);
    // A word being typed is read as the start of a word, as Pagefind reads it: "Poe" is on its way to "Poetin".
    expect((await searchAgain(page, 'Poe')).map((result) => path(result.href))).toContain('/begrippen/poetin/');
  });

  test('a glossary fact finds its entry, and an entry\'s excerpt reads as text, not as a list of spellings', async () => {
    const { page } = await openPage(browser);
    await page.goto('/zoeken/?q=Lockheed');
    const [first] = await results(page);
    expect(first && path(first.href)).toBe('/begrippen/atacms/');
    expect(first?.excerpt).toContain('Lockheed Martin');
    // The entry page has no passage to land on: its text and facts are highlighted, never its name.
    await page.locator('.search-results a').first().click();
    await expect.poll(() => page.locator('mark.pagefind-highlight').allTextContents(), { timeout: 10_000 }).toContain('Lockheed');
    expect(await page.locator('h1 mark, h2 mark').count()).toBe(0);
    await page.goto('/zoeken/?q=Putin&kind=term');
    const entry = (await results(page)).find((result) => path(result.href) === '/begrippen/poetin/');
    expect(entry?.excerpt).toMatch(/President van Rusland/);
    expect(entry?.excerpt).not.toMatch(/Poetins?, Putin/);
  });

  test('a date finds the events of that day first', async () => {
    const { page } = await openPage(browser);
    await page.goto('/en/search/?q=30+May+2023');
    const shown = await results(page);
    expect(shown.slice(0, 3).map((result) => path(result.href).replace(/#.*/, ''))).toEqual(['/en/timeline/', '/en/timeline/', '/en/timeline/']);
    expect(shown.slice(0, 3).every((result) => result.excerpt.startsWith('30 May 2023.'))).toBe(true);
  });

  test('a landing marks a short word only where it stands alone, and keeps the passage in view as the browser scrolls to it', async () => {
    // Default motion: the browser scrolls smoothly to the passage, and nothing may cut that short.
    const { page } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
    await page.goto('/en/search/?q=US&kind=term');
    await results(page);
    await page.locator('.search-results a[href^="/en/glossary/united-states/"]').click();
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const marked = await page.locator('mark.pagefind-highlight').allTextContents();
    // "US" itself (and its other names), never a word that merely holds "us": "Russian", "refused", "House".
    expect(marked).toContain('US');
    expect(marked.filter((word) => /us/i.test(word) && word !== 'US')).toEqual([]);
    await page.goto('/zoeken/?q=Poetin&kind=passage');
    await results(page);
    await page.locator('.search-results a').first().click();
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((passage) => Math.round(passage.getBoundingClientRect().top)), { timeout: 10_000 }).toBeLessThan(200);
    const first = page.locator('mark.pagefind-highlight').first();
    expect(await first.evaluate((mark) => mark.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
  });

  test('a landing highlights the searched words in the passage only, a compound as one mark, and not its heading', async () => {
    const { page } = await openPage(browser, { reducedMotion: 'reduce', viewport: { width: 390, height: 700 } });
    await page.goto('/zoeken/?q=drone+aanval+Moskou&kind=event');
    await results(page);
    await page.locator('.search-results a').first().click();
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const marks = await page.locator('mark.pagefind-highlight').evaluateAll((found, target) =>
      found.map((mark) => ({ text: mark.textContent, inTarget: Boolean(mark.closest(`[id="${target}"]`)), inHeading: Boolean(mark.closest('h1, h2, h3, h4, h5, h6')), nested: Boolean(mark.parentElement?.closest('mark.pagefind-highlight')) })),
      id,
    );
    expect(marks.every((mark) => mark.inTarget && !mark.inHeading && !mark.nested)).toBe(true);
    // "droneaanval" holds "drone" and "aanval": one mark around the whole word, not two halves.
    expect(marks.map((mark) => mark.text)).toContain('droneaanval');
    expect(marks.map((mark) => mark.text)).not.toContain('drone');
    const first = page.locator('mark.pagefind-highlight').first();
    expect(await first.evaluate((mark) => { const box = mark.getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; })).toBe(true);
  });

  test('a hostile query is shown as text and runs nothing', async () => {
    const { page, problems } = await openPage(browser);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await page.goto(`/zoeken/?q=${encodeURIComponent(hostile)}`);
    await results(page);
    expect(await page.locator('#search-status').textContent()).toContain(hostile);
    expect(await page.getByLabel('Zoek in Duiding').inputValue()).toBe(hostile);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
  });

  test('keyboard: / focuses the box anywhere, Enter searches, arrows walk the results, Esc clears', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('Antonov');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/zoeken/');
    await results(page);
    await page.getByLabel('Zoek in Duiding').focus();
    await page.keyboard.press('ArrowDown');
    const first = page.locator('.search-results a').first();
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.search-results a').nth(1).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('Escape');
    expect(await page.getByLabel('Zoek in Duiding').inputValue()).toBe('');
    await expect.poll(() => page.locator('.search-results > li').count()).toBe(0);
  });

  test('no search code or index loads on a page until the reader searches', async () => {
    const { page } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(articlePath.nl, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });

  test('without JavaScript the search page says so and points to the articles, the glossary and the timeline', () => {
    // The note is in a <noscript>, which a browser without JavaScript reads as the markup it holds.
    const page = builtPage('/en/search/');
    expect(page.text('.search-noscript').replace(/\s+/g, ' ').trim()).toBe(
      'Search needs JavaScript, which is switched off in this browser. Everything on Duiding can also be found through the articles on the front page, the glossary and the timeline.',
    );
    expect(page.attributes('.search-noscript a', 'href')).toEqual(['/en/', '/en/glossary/', '/en/timeline/']);
  });
});
