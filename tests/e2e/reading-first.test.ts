/**
 * A calm page that explains: the story on the first screen, one marked mention per entry and
 * section with the rest on demand (remembered), cards that never hide what was tapped, ◷ and ¶
 * that stay with their words, and a language switch that keeps the reader's state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';
import { builtPage } from './support/built-page.ts';

const browser = await connectBrowser();

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top);

describe('reading first', () => {
  test.each(['nl', 'en'] as const)('on a 390×844 phone the first screen shows headline, intro, source line and the start of the text (%s)', async (locale) => {
    const { page, problems } = await openPage(browser, phone);
    await page.goto(articlePath[locale]);
    for (const selector of ['h1', '.standfirst', '.provenance summary']) expect(await page.locator(selector).isVisible()).toBe(true);
    expect(await top(page, '.prose > p')).toBeLessThan(844 - 60);
    expect(problems).toEqual([]);
  });

  test('each entry is a link at its first mention in a section; later mentions are plain text, not focusable', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    const sections = await page.locator('article .prose').evaluate((prose) => {
      const seen: string[][] = [[]];
      for (const element of prose.querySelectorAll('h2, a.term, span.term-repeat')) {
        if (element.tagName === 'H2') seen.push([]);
        else if (element.tagName === 'A') (seen.at(-1) as string[]).push((element as HTMLElement).dataset.term ?? '');
      }
      return seen;
    });
    for (const terms of sections) expect(new Set(terms).size).toBe(terms.length);
    expect(await page.locator('span.term-repeat').count()).toBeGreaterThan(10);
    expect(await page.locator('span.term-repeat[tabindex], span.term-repeat a').count()).toBe(0);
  });

  test('"Toon alle duiding" marks every mention, shows quotes and ◷, and is remembered', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    const links = await page.locator('article .prose a.term').count();
    const quote = page.locator('mark.evidence').first();
    const tint = () => quote.evaluate((element) => getComputedStyle(element).backgroundColor);
    await page.mouse.move(0, 0);
    expect(await tint()).toBe('rgba(0, 0, 0, 0)');
    const toggle = page.getByRole('button', { name: 'Toon alle duiding' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('span.term-repeat').count()).toBe(0);
    expect(await page.locator('article .prose a.term').count()).toBeGreaterThan(links);
    expect(await tint()).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('a.evidence-link').first().evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThanOrEqual(24);
    // A later mention, now a link, opens its card like the first one.
    await page.locator('article .prose a.term[data-repeat]').first().click();
    expect(await page.locator('.term-card:popover-open').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.reload();
    expect(await page.getByRole('button', { name: 'Toon alle duiding' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('span.term-repeat').count()).toBe(0);
    await page.getByRole('button', { name: 'Toon alle duiding' }).click();
    expect(await page.locator('span.term-repeat').count()).toBeGreaterThan(10);
  });

  test('pointing at a paragraph shows its ◷ without moving a word, and an open ◷ card keeps its ◷', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(articlePath.nl);
    const paragraph = page.locator('#opvallend-is-dat-een-andere-belangrijke');
    const height = await paragraph.evaluate((element) => element.getBoundingClientRect().height);
    const mark = paragraph.locator('a.evidence-link');
    expect(await mark.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    await paragraph.hover();
    await expect.poll(() => mark.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await paragraph.evaluate((element) => element.getBoundingClientRect().height)).toBe(height);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#event-card').evaluate((element) => element.matches(':popover-open'))).toBe(true);
    await page.mouse.move(5, 5);
    expect(await mark.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
  });

  test('the paragraph a passage link lands on shows all its mentions as links', async () => {
    const { page } = await openPage(browser);
    const id = 'met-deze-stap-die-ongetwijfeld-goed';
    await page.goto(`${articlePath.nl}#${id}`);
    await expect.poll(() => page.locator(`#${id} span.term-repeat`).count()).toBe(0);
    expect(await page.locator(`#${id} a.term`).count()).toBeGreaterThan(3);
    expect(await page.locator('span.term-repeat').count()).toBeGreaterThan(0);
  });

  test.each([390, 440, 555])('◷ and ¶ have names, 24 px targets, and never wrap alone onto a line (%i px)', async (width) => {
    const { page } = await openPage(browser, { ...phone, viewport: { width, height: 844 } });
    await page.goto(articlePath.nl);
    await page.getByRole('button', { name: 'Toon alle duiding' }).click();
    const placements = await page.locator('a.evidence-link, .prose a.passage-link').evaluateAll((links) =>
      links.map((link) => {
        const box = link.getBoundingClientRect();
        // The last character before the mark: it must sit on the mark's line.
        const walker = document.createTreeWalker(link.parentElement as Element, NodeFilter.SHOW_TEXT);
        let before: Text | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (link.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && (node.textContent ?? '').trim()) before = node as Text;
        }
        const range = document.createRange();
        if (before) range.setStart(before, Math.max(0, (before.textContent ?? '').trimEnd().length - 1)), range.setEnd(before, (before.textContent ?? '').trimEnd().length);
        const text = range.getBoundingClientRect();
        return { name: link.getAttribute('aria-label'), title: link.getAttribute('title'), width: box.width, height: box.height, sameLine: Math.abs(text.bottom - box.bottom) < box.height };
      }),
    );
    expect(placements.length).toBeGreaterThan(15);
    for (const placement of placements) {
      expect(placement.name).toBeTruthy();
      expect(placement.title).toBe(placement.name);
      expect(placement.width).toBeGreaterThanOrEqual(24);
      expect(placement.height).toBeGreaterThanOrEqual(24);
      expect(placement.sameLine).toBe(true);
    }
  });
});

describe('cards that never hide what you tapped', () => {
  /** A term link in the lower half of the phone screen. */
  async function lowTerm(page: Page) {
    const terms = page.locator('article .prose a.term');
    for (let index = 0; index < (await terms.count()); index++) {
      const box = await terms.nth(index).boundingBox();
      if (box && box.y > 500 && box.y < 800) return terms.nth(index);
    }
    throw new Error('no term in the lower half of the screen');
  }

  test('on a phone the sheet keeps the tapped term visible above it, over a scrim', async () => {
    const { page } = await openPage(browser, phone);
    await page.goto(articlePath.nl);
    const term = await lowTerm(page);
    await term.tap();
    const card = page.locator('.term-card:popover-open');
    await expect.poll(() => card.count()).toBe(1);
    const [word, sheet] = [await term.boundingBox(), await card.boundingBox()];
    expect(word && sheet && word.y + word.height <= sheet.y).toBe(true);
    expect(word && word.y >= 0).toBe(true);
    expect(await card.evaluate((element) => getComputedStyle(element, '::backdrop').backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('a tap outside the sheet only closes it: the link under the finger is not followed', async () => {
    const { page } = await openPage(browser, phone);
    await page.goto(articlePath.nl);
    await (await lowTerm(page)).tap();
    await expect.poll(() => page.locator('.term-card:popover-open').count()).toBe(1);
    const url = page.url();
    await page.locator('article .prose a.term').first().tap({ force: true });
    await expect.poll(() => page.locator('.card-popover:popover-open').count()).toBe(0);
    expect(page.url()).toBe(url);
  });

  test('focus leaving a card closes it', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    const term = page.locator('article .prose a.term[data-term="atacms"]').first();
    await term.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('#term-card-atacms');
    await expect.poll(() => card.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    await page.locator('.skip-link').focus();
    await expect.poll(() => card.evaluate((element) => element.matches(':popover-open'))).toBe(false);
  });

  test('on a desk a term previews its card on hover, without taking focus', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(articlePath.nl);
    await page.locator('article .prose a.term[data-term="storm-shadow"]').first().hover();
    const card = page.locator('#term-card-storm-shadow');
    await expect.poll(() => card.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    expect(await card.evaluate((element) => element.contains(document.activeElement))).toBe(false);
    await page.mouse.move(5, 5);
    await expect.poll(() => card.evaluate((element) => element.matches(':popover-open'))).toBe(false);
  });
});

describe('chips and switches that work', () => {
  test('topics are names in the page language, linked to their entries', () => {
    const page = builtPage(articlePath.en);
    expect(page.texts('.article-tags li')).toEqual(['Drones', 'Moscow', 'Ukraine', 'United States', 'Arms deliveries']);
    const linked = page.attributes('.article-tags li a', 'href');
    expect(linked.length).toBeGreaterThan(0);
    for (const href of linked) expect(href).toMatch(/^\/en\/glossary\//);
  });

  test('the language switch keeps the search query and the timeline filters', async () => {
    const { page } = await openPage(browser);
    await page.goto('/zoeken/?q=Atacms');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe('/en/search/?q=Atacms');
    await page.goto('/tijdlijn/');
    await page.getByLabel('Betrokken').selectOption('poetin');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/timeline/');
    expect(new URL(page.url()).searchParams.get('actor')).toBe('poetin');
  });
});
