import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser?.close());

const attack = '2023-05-30-droneaanval-moskou';

describe('the timeline beside the article', () => {
  test('lists the events in order, with dates at their precision, as an ordered list of <time>s', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(articlePath.nl);
    const rail = page.getByRole('complementary', { name: 'Tijdlijn bij dit artikel' });
    const datetimes = await rail.locator('li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(datetimes.length).toBeGreaterThanOrEqual(9);
    expect(datetimes[0]).toBe('2022-02-24');
    expect(datetimes).toContain('2023-05');
    expect(await rail.locator(`#event-${attack} time`).textContent()).toBe('di 30 mei 2023');
    // A day the article only implies is marked as derived.
    expect(await rail.locator('#event-2023-05-31-aanvallen-grensregios time').textContent()).toBe('≈ wo 31 mei 2023');
    expect(problems).toEqual([]);
  });

  test('an event leads to its passage, and the marked passage opens the event in a card in place', async () => {
    const { page } = await openPage(browser, { reducedMotion: 'reduce', viewport: { width: 390, height: 800 } });
    await page.goto(articlePath.nl);
    await page.locator(`#event-${attack}`).getByRole('link', { name: 'Naar de passage' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#quote-${attack}`);
    const quote = page.locator(`#quote-${attack}`);
    expect(await quote.textContent()).toBe('Moskou was dinsdag het doelwit van een grootscheepse droneaanval.');
    await expect.poll(() => quote.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    const link = page.getByRole('link', { name: 'Op de tijdlijn: Droneaanval op Moskou' });
    await link.click();
    const card = page.getByRole('dialog', { name: 'Droneaanval op Moskou' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('di 30 mei 2023');
    // The reader stays where they were, the ◷ in view above the card: no jump to the timeline under the text.
    expect(new URL(page.url()).hash).toBe(`#quote-${attack}`);
    const [mark, sheet] = [await link.boundingBox(), await card.boundingBox()];
    expect(mark && sheet && mark.y >= 0 && mark.y + mark.height <= sheet.y).toBe(true);
  });

  test('without JavaScript the ◷ after a quote leads to its event beside the text', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(articlePath.nl);
    // Reading first: the ◷ shows when the reader points at its paragraph.
    await page.locator(`#quote-${attack}`).hover();
    await page.getByRole('link', { name: 'Op de tijdlijn: Droneaanval op Moskou' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#event-${attack}`);
    expect(await page.locator(`#event-${attack}`).evaluate((element) => element.matches(':target'))).toBe(true);
  });

  test('on a phone the timeline follows the article text', async () => {
    const { page } = await openPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(articlePath.en);
    const [article, rail] = await Promise.all(
      ['article', '.timeline-rail'].map((selector) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().toJSON())),
    );
    expect(rail.top).toBeGreaterThan(article.bottom - 1);
    expect(await page.locator(`#event-${attack} time`).textContent()).toBe('Tue, 30 May 2023');
  });
});

describe('the timeline page', () => {
  test('an event anchor opens the page scrolled to that event', async () => {
    const { page, problems } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(`/tijdlijn/#${attack}`);
    const event = page.locator(`[id="${attack}"]`);
    await expect.poll(() => event.evaluate((element) => element.matches(':target'))).toBe(true);
    await expect.poll(() => event.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(100);
    expect(problems).toEqual([]);
  });

  test('a filter narrows the list, shows in the URL and survives a reload', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/en/timeline/');
    const events = page.locator('.timeline-event');
    const total = await events.count();
    await page.getByLabel('Involved').selectOption('antonov');
    await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe('antonov');
    const visible = () => events.evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).length);
    expect(await visible()).toBe(1);
    expect(await page.getByText(`1 of ${total} events shown`).count()).toBe(1);
    await page.reload();
    expect(await page.getByLabel('Involved').inputValue()).toBe('antonov');
    expect(await visible()).toBe(1);
    await page.getByLabel('Type').selectOption('context');
    expect(await visible()).toBe(0);
    expect(await page.getByText('No events match this filter.').isVisible()).toBe(true);
    expect(new URL(page.url()).search).toBe('?actor=antonov&kind=context');
    expect(problems).toEqual([]);
  });

  test('a filter value from the URL that is not an option means "all", and is never shown as markup', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/tijdlijn/?actor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(await page.getByLabel('Betrokken').inputValue()).toBe('');
    expect(await page.locator('img').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  test('without JavaScript every event is listed and the filters stay out of the way', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto('/tijdlijn/?actor=antonov');
    expect(await page.locator('.timeline-event:visible').count()).toBe(await page.locator('.timeline-event').count());
    expect(await page.getByLabel('Betrokken').isVisible()).toBe(false);
  });
});
