/**
 * The maps as a reader's browser draws them: labels apart at 390 px and at 1366 px in both
 * languages (measured with getBoundingClientRect, not estimated), nothing sideways at 320 px or
 * at 200% zoom, visible in forced colours and in print, present without JavaScript, and every
 * place entry with its map.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';
import { builtPage } from './support/built-page.ts';

const browser = await connectBrowser();

/** Each map's label boxes as drawn, and the pairs that overlap. */
async function labelOverlaps(page: Page) {
  return page.locator('figure.map svg.map-drawing').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text.map-label')].map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
      const overlapping: string[] = [];
      const outside: string[] = [];
      boxes.forEach((one, index) => {
        const { box } = one;
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) outside.push(one.text);
        for (const other of boxes.slice(index + 1)) {
          const b = other.box;
          if (box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom) overlapping.push(`${one.text} / ${other.text}`);
        }
      });
      return { labels: boxes.length, overlapping, outside, width: frame.width };
    }),
  );
}

describe('the maps in the browser', () => {
  test.each([
    ['nl', 390],
    ['nl', 1366],
    ['en', 390],
    ['en', 1366],
  ] as const)('the article’s maps (%s, %i px): labels never overlap and stay inside the map', async (locale, width) => {
    const { page, problems } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.goto(articlePath[locale]);
    const maps = await labelOverlaps(page);
    expect(maps).toHaveLength(2);
    for (const map of maps) {
      expect(map.labels).toBeGreaterThan(3);
      expect(map).toMatchObject({ overlapping: [], outside: [] });
    }
    expect(problems).toEqual([]);
  });

  test.each(['/begrippen/kyiv/', '/en/glossary/kremlin/', '/begrippen/verenigde-staten/', '/en/glossary/russian-border-regions/'])('%s shows its map, labels apart at 390 px', async (path) => {
    const { page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(path);
    const [map, ...more] = await labelOverlaps(page);
    expect(more).toEqual([]);
    expect(map).toMatchObject({ overlapping: [], outside: [] });
    expect(await page.locator('figure.map .map-label .map-self, text.map-label.map-self').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test.each(['/begrippen/atacms/', '/en/glossary/storm-shadow/'])('%s shows its range diagram, labels apart at 390 px', async (path) => {
    const { page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(path);
    const [map, ...more] = await labelOverlaps(page);
    expect(more).toEqual([]);
    expect(map).toMatchObject({ overlapping: [], outside: [] });
    expect(await page.locator('figure.map path.map-band').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('the range diagram draws the locator’s land by reference, and that element exists', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    const href = await page.locator('#map-ranges-title ~ svg use').first().getAttribute('href');
    expect(href).toBe('#map-places-base');
    expect(await page.locator('#map-places-base .map-land').count()).toBe(1);
    const box = await page.locator('#map-ranges-title ~ svg use').first().boundingBox();
    expect(box?.width).toBeGreaterThan(200);
  });

  // 320 CSS px is WCAG's reflow width; 640 CSS px is a 1280 px window at 200% zoom.
  test.each([320, 640])('at %i px nothing scrolls sideways and the map fills the column', async (width) => {
    const { page } = await openPage(browser, { viewport: { width, height: 800 } });
    await page.goto(articlePath.en);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const [map] = await labelOverlaps(page);
    expect(map?.width).toBeGreaterThan(Math.min(width * 0.8, 500));
    expect(map).toMatchObject({ overlapping: [], outside: [] });
  });

  test.each([
    [320, 11],
    [390, 11],
    [1366, 12],
  ])('at %i px every map label is drawn at least %i px tall (labels grow as the map narrows)', async (width, least) => {
    for (const path of [articlePath.nl, '/en/glossary/atacms/']) {
      const { page } = await openPage(browser, { viewport: { width, height: 800 } });
      await page.goto(path);
      const sizes = await page.locator('figure.map svg.map-drawing').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll('text.map-label')].map((text) => ({ text: text.textContent ?? '', px: Number.parseFloat(getComputedStyle(text).fontSize) * scale }));
        }),
      );
      expect(sizes.length).toBeGreaterThan(3);
      for (const size of sizes) expect(size.px, `${path} ${size.text}`).toBeGreaterThanOrEqual(least);
    }
  });

  test('in forced colours the coast, borders, bands and labels keep system colours', async () => {
    const { page } = await openPage(browser);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(articlePath.nl);
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
      return {
        borders: style('.map-borders').stroke,
        land: style('.map-land').fill,
        coast: style('.map-land').stroke,
        band: style('.map-band-ground').stroke,
        label: style('.map-label').fill,
        canvas: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(styles.borders).not.toBe(styles.canvas);
    // Land and sea both take Canvas, so the coast is drawn as a line.
    expect(styles.coast).not.toBe('none');
    expect(styles.coast).not.toBe(styles.canvas);
    expect(styles.label).not.toBe(styles.canvas);
    expect(styles.band).not.toBe('none');
    expect(styles.band).not.toBe(styles.canvas);
  });

  test('in print the maps and their sources show', async () => {
    const { page } = await openPage(browser);
    await page.emulateMedia({ media: 'print' });
    await page.goto(articlePath.nl);
    expect(await page.locator('figure.map svg').first().isVisible()).toBe(true);
    expect(await page.locator('.map-sources li').first().isVisible()).toBe(true);
  });

  test('without JavaScript the maps are there, whole: drawn in the page as it is sent', () => {
    const page = builtPage(articlePath.en);
    expect(page.count('figure.map')).toBe(2);
    expect(page.count('figure.map text.map-label a')).toBeGreaterThan(5);
    expect(page.count('figure.map table')).toBe(3);
  });
});
