import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';

const browser = await connectBrowser();

const attack = '2023-05-30-droneaanval-moskou';
const phone = { width: 390, height: 844 };
/** The issue that asked for a compact phone layout measured 646 px per event at 390 px. */
const heightPerEventBefore = 646;

/** The page's months and the gaps between them, in reading order, as a reader sees them. */
const timeHeadings = (page: Page) =>
  page.locator('.timeline-group:not([hidden]) > :is(.timeline-gap, .timeline-period):not([hidden])').evaluateAll((elements) => elements.map((element) => element.textContent?.trim() ?? ''));

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

  test('on a wide screen the timeline stands beside the text, and says how much time passes', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(articlePath.nl);
    const [article, rail] = await Promise.all(
      ['article', '.timeline-rail'].map((selector) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().toJSON())),
    );
    expect(rail.left).toBeGreaterThanOrEqual(article.right);
    expect(rail.top).toBeLessThan(article.bottom);
    // From the invasion (24 February 2022) to the events of May 2023.
    const gap = page.locator('.timeline-rail').getByText('15 maanden later', { exact: true });
    expect(await gap.isVisible()).toBe(true);
    const [gapBox, before, after] = await Promise.all([gap, page.locator('.rail-event').nth(0), page.locator('.rail-event').nth(1).locator('time').first()].map((item) => item.boundingBox()));
    expect(gapBox!.y).toBeGreaterThan(before!.y);
    expect(gapBox!.y + gapBox!.height).toBeLessThanOrEqual(after!.y);
  });

  test('an event opened in a card from the text shows the event, not the rail\'s time since the one before', async () => {
    const { page, problems } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(articlePath.nl);
    const title = 'Washington weigert Oekraïne de Atacms te leveren';
    expect(await page.locator('.timeline-rail li', { hasText: title }).getByText('15 maanden later').count()).toBe(1);
    // Reading first: the ◷ after the quote shows when the reader points at it.
    await page.locator('#quote-2023-05-atacms-weigering').hover();
    await page.getByRole('link', { name: `Op de tijdlijn: ${title}` }).click();
    const card = page.getByRole('dialog', { name: title });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('mei 2023');
    expect(await card.textContent()).not.toContain('maanden later');
    expect(problems).toEqual([]);
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

describe('the timeline page tells time', () => {
  test('events are grouped under their months, with the time between months that lie far apart', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/tijdlijn/');
    expect(await timeHeadings(page)).toEqual(['Februari 2022', '15 maanden later', 'Mei 2023', '4 maanden later', 'Oktober 2023', '6 maanden later', 'April 2024']);
    // Month headings are headings, above the events' titles.
    expect(await page.getByRole('heading', { level: 2, name: 'Mei 2023' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: /Droneaanval op Moskou/ }).count()).toBe(1);
    // Every event of a month group is dated in that month (or, dated to the year, in that year).
    const misplaced = await page.locator('.timeline-group').evaluateAll((groups) =>
      groups.flatMap((group) => {
        const period = group.querySelector('.timeline-period time')?.getAttribute('datetime') ?? '?';
        return [...group.querySelectorAll<HTMLElement>('.timeline-event')].filter((event) => !(event.dataset.date ?? '').startsWith(period)).map((event) => event.id);
      }),
    );
    expect(misplaced).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('in English the months and gaps are English', async () => {
    const { page } = await openPage(browser);
    await page.goto('/en/timeline/');
    expect(await timeHeadings(page)).toEqual(['February 2022', '15 months later', 'May 2023', '4 months later', 'October 2023', '6 months later', 'April 2024']);
  });

  test('a filter keeps only the months it leaves, and counts the gaps again between what is shown', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/tijdlijn/?actor=atacms');
    // The refusal of May 2023 is dated to the month: from May to 17 October is five calendar months.
    expect(await timeHeadings(page)).toEqual(['Mei 2023', '5 maanden later', 'Oktober 2023', '6 maanden later', 'April 2024']);
    expect(await page.getByRole('heading', { name: 'Februari 2022' }).isVisible()).toBe(false);
    await page.getByLabel('Betrokken').selectOption('');
    expect(await timeHeadings(page)).toEqual(['Februari 2022', '15 maanden later', 'Mei 2023', '4 maanden later', 'Oktober 2023', '6 maanden later', 'April 2024']);
    expect(problems).toEqual([]);
  });

  test(`on a phone an event takes well under half of the ${heightPerEventBefore} px it took, and the rest is one tap away`, async () => {
    const { page, problems } = await openPage(browser, { viewport: phone });
    await page.goto('/tijdlijn/');
    const { height, events } = await page.locator('.timeline').evaluate((timeline) => ({
      height: timeline.getBoundingClientRect().height,
      events: timeline.querySelectorAll('.timeline-event').length,
    }));
    expect(height / events).toBeLessThan(heightPerEventBefore * 0.4);
    const event = page.locator(`[id="${attack}"]`);
    const annotation = event.getByText(/^Volgens Russische functionarissen/);
    expect(await annotation.isVisible()).toBe(false);
    const more = event.getByText('Meer over deze gebeurtenis');
    const target = await more.boundingBox();
    expect(target!.height).toBeGreaterThanOrEqual(24);
    await more.click();
    expect(await annotation.isVisible()).toBe(true);
    expect(await event.getByRole('link', { name: 'Naar de passage' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  test('on a phone the more line opens from the keyboard, with its focus ring', async () => {
    const { page } = await openPage(browser, { viewport: phone, reducedMotion: 'reduce' });
    await page.goto('/tijdlijn/');
    const summary = page.locator(`[id="${attack}"] summary`);
    await summary.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await summary.evaluate((element) => element === document.activeElement && getComputedStyle(element).outlineStyle === 'solid')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator(`[id="${attack}"] details`).evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
  });

  test('on a wide screen every event shows in full, with no more line', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto('/tijdlijn/');
    expect(await page.locator(`[id="${attack}"]`).getByText(/^Volgens Russische functionarissen/).isVisible()).toBe(true);
    expect(await page.getByText('Meer over deze gebeurtenis').first().isVisible()).toBe(false);
  });

  test('a link to an event opens it, and its highlight stays clear of the next event', async () => {
    for (const viewport of [phone, { width: 1280, height: 800 }]) {
      const { page } = await openPage(browser, { viewport, reducedMotion: 'reduce' });
      await page.goto(`/tijdlijn/#${attack}`);
      const event = page.locator(`[id="${attack}"]`);
      await expect.poll(() => event.getByText(/^Volgens Russische functionarissen/).isVisible()).toBe(true);
      const highlight = await event.evaluate((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const next = element.nextElementSibling?.querySelector('.timeline-event-meta')?.getBoundingClientRect();
        return { background: style.backgroundColor, spread: style.boxShadow, bottom: box.bottom, nextDate: next?.top ?? Infinity };
      });
      expect(highlight.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(highlight.spread).toBe('none');
      expect(highlight.bottom).toBeLessThanOrEqual(highlight.nextDate);
    }
  });

  test('a link to an event the filter hides clears the filter and says so', async () => {
    const { page, problems } = await openPage(browser, { viewport: phone, reducedMotion: 'reduce' });
    await page.goto(`/tijdlijn/?actor=antonov#${attack}`);
    const event = page.locator(`[id="${attack}"]`);
    await expect.poll(() => event.isVisible()).toBe(true);
    await expect.poll(() => event.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(100);
    expect(await event.getByText(/^Volgens Russische functionarissen/).isVisible()).toBe(true);
    expect(await page.getByLabel('Betrokken').inputValue()).toBe('');
    expect(new URL(page.url()).searchParams.get('actor')).toBeNull();
    expect(new URL(page.url()).hash).toBe(`#${attack}`);
    expect(await page.getByText('De gebeurtenis waarnaar de link verwijst, viel buiten het filter (Betrokken: Anatoly Antonov); het filter is opgeheven.').isVisible()).toBe(true);
    expect(await page.locator('.timeline-event:visible').count()).toBe(await page.locator('.timeline-event').count());
    // The notice goes once the reader picks a filter again.
    await page.getByLabel('Soort').selectOption('context');
    expect(await page.locator('.timeline-notice').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  test('a link to an event the filter shows keeps the filter, and brings the event into view', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    // Unfiltered, the event stands far down the page; the filter leaves four events and moves it up.
    await page.goto('/tijdlijn/?actor=rusland#2023-05-31-aanvallen-grensregios');
    expect(await page.getByLabel('Betrokken').inputValue()).toBe('rusland');
    expect(await page.locator('.timeline-notice').isVisible()).toBe(false);
    const event = page.locator('[id="2023-05-31-aanvallen-grensregios"]');
    await expect.poll(() => event.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(100);
  });

  test('without JavaScript a phone lists every event with its month, and a linked event opens by itself', async () => {
    const { page } = await openPage(browser, { viewport: phone, javaScriptEnabled: false });
    await page.goto(`/tijdlijn/#${attack}`);
    expect(await page.locator('.timeline-event:visible').count()).toBe(await page.locator('.timeline-event').count());
    expect(await timeHeadings(page)).toEqual(['Februari 2022', '15 maanden later', 'Mei 2023', '4 maanden later', 'Oktober 2023', '6 maanden later', 'April 2024']);
    expect(await page.locator(`[id="${attack}"]`).getByText(/^Volgens Russische functionarissen/).isVisible()).toBe(true);
    expect(await page.locator('[id="2023-05-droneaanval-kremlin"]').getByText('Meer over deze gebeurtenis').isVisible()).toBe(true);
  });

  test('in print every event is printed in full, with its month and no more line', async () => {
    const { page } = await openPage(browser, { viewport: phone });
    await page.goto('/tijdlijn/');
    await page.emulateMedia({ media: 'print' });
    const annotations = page.locator('.timeline-event-more > p:first-of-type');
    expect(await annotations.count()).toBe(await page.locator('.timeline-event').count());
    for (const annotation of await annotations.all()) expect(await annotation.isVisible()).toBe(true);
    expect(await page.locator('.timeline-event-more > summary:visible').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Oktober 2023' }).isVisible()).toBe(true);
  });
});
