/**
 * English glossary pages at English slugs, the old English URLs still leading there, and the
 * language switch between the two slugs of one entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { baseURL, connectBrowser, openPage } from './support/browser.ts';

const browser = await connectBrowser();

const outDir = inject('outDir');

describe('English glossary URLs', () => {
  test('/en/glossary/putin/ is the Putin entry, and names itself canonical', async () => {
    const { page, problems } = await openPage(browser);
    const response = await page.goto('/en/glossary/putin/');
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Vladimir Putin');
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname).toBe('/en/glossary/putin/');
    expect(problems).toEqual([]);
  });

  test('the old URL /en/glossary/poetin/ leads to it', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/en/glossary/poetin/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/glossary/putin/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Vladimir Putin');
    expect(problems).toEqual([]);
  });

  test('the old URL\'s page is noindex, names the new URL as canonical and links to it for a browser that does not follow', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    // Stop the refresh, as a browser that does not follow it would, and read what stays on screen.
    await page.route('**/en/glossary/putin/', (route) => route.abort('aborted'));
    await page.goto('/en/glossary/poetin/', { waitUntil: 'domcontentloaded' });
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname).toBe('/en/glossary/putin/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This page has moved');
    expect(await page.locator('.not-found p').textContent()).toBe('Read on at its new address: Vladimir Putin');
    expect(await page.getByRole('link', { name: 'Vladimir Putin' }).getAttribute('href')).toBe('/en/glossary/putin/');
    const moved = readFileSync(join(outDir, '_redirects'), 'utf8');
    expect(moved.split('\n')).toContain('/en/glossary/poetin/ /en/glossary/putin/ 301');
  });

  test('the language switch goes from /begrippen/poetin/ to /en/glossary/putin/ and back', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/begrippen/poetin/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/glossary/putin/');
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/begrippen/poetin/');
    expect(problems).toEqual([]);
  });

  test('a term in the English article opens the entry at its English URL', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(articlePath.en);
    await page.locator('a.term[data-term="poetin"]').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/glossary/putin/');
  });

  test('the sitemap lists the English slug with its Dutch alternate, and not the old URL', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>http://localhost:4321/en/glossary/putin/</loc><xhtml:link rel="alternate" hreflang="nl-NL" href="http://localhost:4321/begrippen/poetin/"/>');
    expect(sitemap).not.toContain('/en/glossary/poetin/');
  });

  test('a preview image is served at the English slug', async () => {
    const { page } = await openPage(browser);
    await page.goto('/en/glossary/putin/');
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '').pathname;
    expect(image).toBe('/og/en/glossary/putin.png');
    expect((await fetch(`${baseURL}${image}`)).status).toBe(200);
  });
});
