import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';

const browser = await connectBrowser();

describe('requests and errors', () => {
  test.each(['/', '/en/', articlePath.nl, articlePath.en])(
    '%s loads with no console error, nothing missing (favicon included) and no request to another origin',
    async (path) => {
      const { page, problems } = await openPage(browser);
      await page.goto(path, { waitUntil: 'networkidle' });
      // The browser asks for an icon when it likes; ask for every one the page names.
      const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      expect(icons.length).toBeGreaterThan(2);
      for (const icon of icons) expect((await page.request.get(icon)).status(), icon).toBe(200);
      expect(problems).toEqual([]);
    },
  );

  test('a request to another origin is recorded, and the test browser never reaches the network', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/');
    // about:blank has no CSP of ours, so only the browser's own offline setting stands in the way.
    await page.goto('about:blank');
    const outcome = await page.evaluate(() => fetch('http://203.0.113.7/').then(() => 'reached', () => 'failed'));
    expect(outcome).toBe('failed');
    expect(problems).toContain('request to another origin: http://203.0.113.7/');
  });

  test('an unknown address answers 404 with a page that leads home in both languages', async () => {
    const { page, problems } = await openPage(browser, { expected404: ['/bestaat-niet/'] });
    const response = await page.goto('/bestaat-niet/');
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pagina niet gevonden');
    await page.getByRole('link', { name: 'Go to the articles' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/');
    expect(problems).toEqual([]);
  });
});
