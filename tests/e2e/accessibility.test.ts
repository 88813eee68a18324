import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';

// The minified build: the same axe as `axe-core`'s `source` (its unminified function, 1.4 MB), in
// 0.65 MB, sent through the DevTools protocol and parsed once per checked document.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await connectBrowser();

/**
 * The rules whose outcome depends on colour; the others read the DOM and the accessibility tree,
 * which a change of colour scheme leaves as it was.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe-core's violations on the page, as "rule: target" lines (every rule, or only `rules`). */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (a <script> would be
  // blocked); once per loaded document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Only violations are collected in full, which is what is asserted (axe's documented
  // `resultTypes` option: passes and the rest keep one node each, far less work).
  const results = await page.evaluate(
    (only) =>
      (
        window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
      ).axe.run(document, { resultTypes: ['violations'], ...(only && { runOnly: { type: 'rule', values: only } }) }),
    rules,
  );
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

const pages = ['/', '/en/', articlePath.nl, articlePath.en, '/begrippen/', '/en/glossary/', '/begrippen/atacms/', '/en/glossary/putin/', '/begrippen/kremlin/', '/en/glossary/russian-border-regions/', '/tijdlijn/', '/en/timeline/?kind=context', '/zoeken/', '/en/search/', '/over/', '/en/about/', '/404.html'];

describe('accessibility (axe-core)', () => {
  // Each page is loaded once and checked in both colour schemes: switching the emulated scheme
  // restyles the loaded page exactly as a reader's system setting would, without a second load. In
  // dark, only the rules about colour run again: nothing else on the page changed.
  test.each(pages)('%s has no violations in the light and the dark colour scheme', async (path) => {
    const { page } = await openPage(browser, { colorScheme: 'light', expected404: ['/404.html'] });
    await page.goto(path);
    const found = { light: await violations(page), dark: [] as string[] };
    await page.emulateMedia({ colorScheme: 'dark' });
    found.dark = await violations(page, colourRules);
    expect(found).toEqual({ light: [], dark: [] });
  });

  test('the search page with results shown has no violations', async () => {
    const { page } = await openPage(browser);
    await page.goto('/zoeken/?q=Putin');
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  test('the timeline on a phone, opened on an event its filter hid, has no violations in light and dark', async () => {
    const { page } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto('/tijdlijn/?actor=antonov#2023-05-30-droneaanval-moskou');
    await expect.poll(() => page.locator('.timeline-notice').isVisible()).toBe(true);
    const found = { light: await violations(page), dark: [] as string[] };
    await page.emulateMedia({ colorScheme: 'dark' });
    found.dark = await violations(page, colourRules);
    expect(found).toEqual({ light: [], dark: [] });
  });

  test('an open glossary card has no violations', async () => {
    const { page } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(articlePath.nl);
    await page.locator('article a.term[data-term="atacms"]').first().click();
    expect(await violations(page)).toEqual([]);
  });

  test('a keyboard reader can skip to the content and sees where focus is', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
