import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { baseURL, connectBrowser, openPage } from './support/browser.ts';
import { builtPage } from './support/built-page.ts';

const browser = await connectBrowser();

describe('the language switch', () => {
  test('goes from the Dutch article to the same article in the English interface and back', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(articlePath.nl);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(articlePath.en);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Articles' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(articlePath.nl);
    expect(problems).toEqual([]);
  });

  test('keeps the reader on the home page', async () => {
    const { page } = await openPage(browser);
    await page.goto('/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  test('every page names its counterpart with hreflang alternates and a canonical URL', () => {
    const page = builtPage(articlePath.en);
    const links = 'link[rel="alternate"][hreflang]';
    const hrefs = page.attributes(links, 'href');
    const alternates = page.attributes(links, 'hreflang').map((language, index) => [language, new URL(hrefs[index] ?? '').pathname]);
    expect(alternates).toEqual([
      ['nl-NL', articlePath.nl],
      ['en-GB', articlePath.en],
      ['x-default', articlePath.nl],
    ]);
    expect(new URL(page.attribute('link[rel="canonical"]', 'href') ?? '', baseURL).pathname).toBe(articlePath.en);
  });

  test('the home page lists the article, newest first, linking to the page in its own language', async () => {
    const { page } = await openPage(browser);
    await page.goto('/en/');
    await page.getByRole('link', { name: /White House/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(articlePath.en);
  });
});
