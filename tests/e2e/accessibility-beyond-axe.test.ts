/**
 * What axe cannot see: reflow at 320 px and at 200% zoom, forced colours, reduced motion, and a
 * keyboard-only tour of every page type with focus always visible.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';

const browser = await connectBrowser();

const pages = [
  '/',
  articlePath.nl,
  articlePath.en,
  '/begrippen/',
  '/en/glossary/nuclear-weapons/',
  '/begrippen/amerikaanse-inlichtingendiensten/',
  '/tijdlijn/',
  '/en/timeline/',
  '/zoeken/?q=Atacms',
  '/404.html',
];

/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('reflow: nothing scrolls sideways', () => {
  // 320 CSS px is WCAG's reflow width (1280 px at 400%); 640 CSS px is a 1280 px desktop window at
  // 200% zoom (zoom only changes how many CSS pixels fit). One load per page, resized in between.
  test.each(pages)('%s at 320 px and at 200% zoom', async (path) => {
    const { page } = await openPage(browser, { viewport: { width: 320, height: 640 }, expected404: ['/404.html'] });
    await page.goto(path);
    if (path.startsWith('/zoeken/')) await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await overflow(page)).toBe(0);
    await page.setViewportSize({ width: 640, height: 400 });
    expect(await overflow(page)).toBe(0);
  });

  test('an open glossary card at 320 px fits the screen', async () => {
    const { page } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(articlePath.nl);
    await page.locator('article a.term[data-term="storm-shadow"]').first().click();
    const card = page.locator('.term-card:popover-open');
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    expect(await overflow(page)).toBe(0);
  });
});

describe('forced colours', () => {
  test('timeline quotes, glossary terms, focus and the card stay visible in the article', async () => {
    const { page } = await openPage(browser, { forcedColors: 'active' });
    await page.goto(articlePath.nl);
    const style = (selector: string, properties: string[]) =>
      page.locator(selector).first().evaluate((element, names) => {
        const computed = getComputedStyle(element);
        return Object.fromEntries(names.map((name) => [name, computed.getPropertyValue(name)]));
      }, properties);
    // A quote is set off from its paragraph by its own background colour (the system Mark colour).
    const quote = await style('mark.evidence', ['background-color']);
    const paragraph = await style('.prose p', ['background-color']);
    expect(quote['background-color']).not.toBe(paragraph['background-color']);
    expect(quote['background-color']).not.toBe('rgba(0, 0, 0, 0)');
    // A term keeps its underline.
    expect((await style('article a.term', ['text-decoration-line']))['text-decoration-line']).toBe('underline');
    // Focus keeps a solid outline in a system colour.
    await page.locator('article a.term').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(focused).toBe('solid');
    // The card, whose shadow is gone, is framed by a border.
    await page.keyboard.press('Enter');
    const border = await style('.term-card:popover-open', ['border-top-style', 'border-top-width']);
    expect(border['border-top-style']).toBe('solid');
    expect(parseFloat(border['border-top-width'] ?? '0')).toBeGreaterThanOrEqual(1);
  });

  test('a passage opened by its link is outlined', async () => {
    const { page } = await openPage(browser, { forcedColors: 'active' });
    await page.goto(articlePath.nl);
    const id = await page.locator('.prose p[id]').nth(2).getAttribute('id');
    await page.goto(`${articlePath.nl}#${id}`);
    expect(await page.locator(`[id="${id}"]`).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  });
});

describe('reduced motion', () => {
  /** Elements that move: a transition or an animation, or smooth scrolling. */
  const moving = (page: Page) =>
    page.evaluate(() => {
      const found: string[] = [];
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: smooth scrolling');
      for (const element of document.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map((value) => parseFloat(value));
        if (durations.some((duration) => duration > 0)) found.push(`${element.tagName.toLowerCase()}.${element.className}: ${style.transitionProperty} ${style.transitionDuration}`);
      }
      return found;
    });

  test.each([articlePath.nl, '/tijdlijn/', '/zoeken/?q=Atacms'])('%s does not move when the reader asks for less motion', async (path) => {
    const { page } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(path);
    expect(await moving(page)).toEqual([]);
  });

  test('and does move otherwise, so the check above can see motion', async () => {
    const { page } = await openPage(browser, { reducedMotion: 'no-preference' });
    await page.goto(articlePath.nl);
    expect(await moving(page)).not.toEqual([]);
  });
});

describe('keyboard only', () => {
  /**
   * Tabs through the whole page. Each stop must be visible on screen and show a focus indicator
   * (an outline or a shadow that it lacks when not focused). Returns the stops, one line each.
   */
  async function tour(page: Page): Promise<{ stops: string[]; invisible: string[] }> {
    const stops: string[] = [];
    const invisible: string[] = [];
    for (let step = 0; step < 400; step++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return undefined;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const label = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}"`;
        const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
        const indicated = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        return { label, onScreen, indicated, visible: style.visibility !== 'hidden' && parseFloat(style.opacity) > 0 };
      });
      if (!stop) break; // Focus left the page's last stop.
      if (stops.at(0) === stop.label && stops.length > 1) break;
      stops.push(stop.label);
      if (!stop.onScreen || !stop.indicated || !stop.visible) invisible.push(`${stop.label}: ${JSON.stringify(stop)}`);
    }
    return { stops, invisible };
  }

  test.each([
    [articlePath.nl, ['a.skip-link', 'a.term', 'a.passage-link', 'a.evidence-link', 'button.share-button', 'input']],
    ['/en/glossary/atacms/', ['a.skip-link', 'input']],
    ['/tijdlijn/', ['select', 'a.skip-link']],
    ['/zoeken/?q=Atacms', ['input', 'a.search-result']],
  ])('%s: every stop is on screen with a visible focus indicator', async (path, mustReach) => {
    // Reduced motion makes the scroll to each focused element instant, so it can be measured at once.
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(path);
    if (path.startsWith('/zoeken/')) await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const { stops, invisible } = await tour(page);
    expect(invisible).toEqual([]);
    for (const kind of mustReach) expect(stops.some((stop) => stop.startsWith(kind))).toBe(true);
    expect(problems).toEqual([]);
  });

  test('the timeline filters work from the keyboard alone', async () => {
    const { page } = await openPage(browser);
    await page.goto('/tijdlijn/');
    const visibleEvents = () => page.locator('.timeline-event:visible').count();
    const all = await visibleEvents();
    await page.getByLabel('Soort').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(visibleEvents).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('kind')).not.toBeNull();
  });

  test('a glossary card: Tab reaches its link, Esc closes it and focus returns to the term', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    const term = page.locator('article a.term').first();
    await term.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('.term-card:popover-open');
    await expect.poll(() => card.count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.term-card')))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await term.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
