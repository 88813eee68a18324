import { describe, expect, test } from 'vitest';
import { articlePath, bodyWords, sourceWords } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';
import { builtPage } from './support/built-page.ts';

const browser = await connectBrowser();

describe('the article page', () => {
  test('shows the whole article, word for word, in Dutch', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(articlePath.nl);
    expect(await bodyWords(page)).toEqual(sourceWords);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Witte Huis');
    expect(await page.locator('article').getAttribute('lang')).toBe('nl');
    expect(problems).toEqual([]);
  });

  test('names the source in the English interface too, where the text is the translation (lang="en")', () => {
    const page = builtPage(articlePath.en);
    expect(page.attribute('html', 'lang')).toBe('en');
    expect(page.attribute('article', 'lang')).toBe('en');
    expect(page.text('.provenance summary')).toBe('Source: publisher not stated, ≈ 31 May 2023 · Headline and standfirst: Duiding · Translated by Duiding from the Dutch original');
  });

  test('names the source as far as the copy received says, with the derived day one tap away, and the photo credit', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    const provenance = page.locator('.provenance');
    expect(await provenance.locator('summary').textContent()).toBe('Bron: uitgever niet vermeld, ≈ 31 mei 2023 · Kop en intro: Duiding');
    expect(await provenance.locator('dl').isVisible()).toBe(false);
    await provenance.locator('summary').click();
    expect((await provenance.locator('dd.not-stated').textContent())?.trim()).toBe('uitgever, auteur, oorspronkelijke kop, oorspronkelijke link, rechten');
    expect(await provenance.textContent()).toContain('31 mei 2023');
    expect(await page.locator('article img').count()).toBe(0);
    expect(await page.locator('article').textContent()).toContain('Kirill Kudryavtsev / AFP');
  });

  test('lists what happened since, linked to the timeline, and the corrections with their dates', () => {
    const page = builtPage(articlePath.en);
    // Each is a landmark named by its heading.
    expect(page.text(`#${page.attribute('aside.since', 'aria-labelledby')}`)).toBe('Since then');
    const since = page.attributes('aside.since a', 'href');
    expect(since.length).toBeGreaterThan(0);
    for (const href of since) expect(href).toMatch(/^\/en\/timeline\/#/);
    expect(page.text(`#${page.attribute('section.corrections', 'aria-labelledby')}`)).toBe('Corrections and changes');
    expect(page.text('section.corrections li')).toMatch(/^27 November 2026: .+ Why: .+/);
  });

  test('a passage link opens scrolled to its paragraph, marked as the target', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 390, height: 700 } });
    const id = 'als-het-gaat-om-wapenleveranties-gaat';
    await page.goto(`${articlePath.nl}#${id}`);
    const passage = page.locator(`#${id}`);
    await expect.poll(() => passage.evaluate((element) => element.matches(':target'))).toBe(true);
    await expect.poll(() => passage.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(100);
    expect(await passage.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(problems).toEqual([]);
  });

  test('each paragraph offers a "link to this passage" that a keyboard reaches and follows', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    const link = page.getByRole('link', { name: 'Link naar deze passage' }).first();
    await link.focus();
    expect(await link.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#moskou-was-dinsdag-het-doelwit-van');
    const paragraphs = await page.locator('article .prose > p').count();
    expect(paragraphs).toBe(10);
    expect(await page.getByRole('link', { name: 'Link naar deze passage' }).count()).toBe(paragraphs);
  });
});
