/**
 * English glossary pages at English slugs, the old English URLs still leading there, and the
 * language switch between the two slugs of one entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { baseURL, connectBrowser, openPage } from './support/browser.ts';
import { builtPage } from './support/built-page.ts';

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

  test('the old URL\'s page is noindex, names the new URL as canonical and links to it for a browser that does not follow', () => {
    // What a crawler reads, and a browser that does not follow the refresh shows.
    const page = builtPage('/en/glossary/poetin/');
    expect(page.attribute('meta[name="robots"]', 'content')).toBe('noindex');
    expect(new URL(page.attribute('link[rel="canonical"]', 'href') ?? '').pathname).toBe('/en/glossary/putin/');
    expect(page.text('h1')).toBe('This page has moved');
    expect(page.text('.not-found p')).toBe('Read on at its new address: Vladimir Putin');
    expect(page.attribute('.not-found p a', 'href')).toBe('/en/glossary/putin/');
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
    const image = new URL(builtPage('/en/glossary/putin/').attribute('meta[property="og:image"]', 'content') ?? '').pathname;
    expect(image).toBe('/og/en/glossary/putin.png');
    expect((await fetch(`${baseURL}${image}`)).status).toBe(200);
  });
});
