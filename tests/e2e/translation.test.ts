/**
 * The English edition: the article in English at /en/, aligned passage by passage with the Dutch,
 * the original one tap away (and the English on the Dutch page), annotated, searchable and shared
 * by the same passage ids in both languages.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { root } from '../support/paths.ts';
import { articlePath, slug } from './support/article.ts';
import { baseURL, connectBrowser, openPage } from './support/browser.ts';

const browser = await connectBrowser();

/** The translation as stored: what an English reader must find on the page, passage by passage. */
const translation = load(readFileSync(`${root}content/articles/${slug}.en.yaml`, 'utf8')) as { title: string; passages: { id: string; text: string }[] };
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The blocks of the article body with their ids and words, as the page shows them. */
const blocks = (page: Page) =>
  page.locator('article .prose').locator(':scope > p, :scope > h2').evaluateAll((elements) => elements.map((element) => ({ id: element.id, text: element.textContent ?? '' })));

describe('the English edition', () => {
  test('shows the translation word for word, each passage under the id of its Dutch original', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(articlePath.nl);
    const dutch = await blocks(page);
    await page.goto(articlePath.en);
    const english = await blocks(page);
    expect(english.map((block) => block.id)).toEqual(dutch.map((block) => block.id));
    expect(english.map((block) => words(block.text))).toEqual(translation.passages.map((passage) => words(passage.text)));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(translation.title);
    expect(await page.locator('.language-note').textContent()).toMatch(/Translated by Duiding from the Dutch original on 27 November 2026\./);
    expect(problems).toEqual([]);
  });

  test('each English paragraph has its Dutch original one tap away, without JavaScript; the Dutch page offers the English', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(articlePath.nl);
    const dutch = await blocks(page);
    // The Dutch page offers the English (read before its <details> is opened, so `dutch` is the text as loaded).
    const english = page.locator('#de-zuinige-reactie-van-het-witte + details');
    await english.getByText('Engelse vertaling').click();
    expect(await english.locator('p').getAttribute('lang')).toBe('en');
    expect(words((await english.locator('p').textContent()) ?? '')).toEqual(words(translation.passages[1]?.text ?? ''));

    await page.goto(`${articlePath.en}#de-zuinige-reactie-van-het-witte`);
    const counterpart = page.locator('#de-zuinige-reactie-van-het-witte + details');
    expect(await counterpart.locator('p').isVisible()).toBe(false);
    await counterpart.getByText('Dutch original').click();
    expect(await counterpart.locator('p').getAttribute('lang')).toBe('nl');
    expect(await counterpart.locator('p').textContent()).toBe(dutch.find((block) => block.id === 'de-zuinige-reactie-van-het-witte')?.text);
    expect(await page.locator('.counterpart').count()).toBe(await page.locator('article .prose > p').count());
  });

  test('on a wide screen the reader can set the Dutch original beside each paragraph', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1400, height: 900 } });
    await page.goto(articlePath.en);
    const paragraph = page.locator('#opvallend-is-dat-een-andere-belangrijke');
    const original = page.locator('#opvallend-is-dat-een-andere-belangrijke + details > p');
    expect(await original.isVisible()).toBe(false);
    await page.getByLabel('Show the Dutch original beside the text').check();
    await expect.poll(() => original.isVisible()).toBe(true);
    const [left, right] = [await paragraph.boundingBox(), await original.boundingBox()];
    expect(right && left && right.x >= left.x + left.width).toBe(true);
    expect(Math.abs((right?.y ?? 0) - (left?.y ?? 0))).toBeLessThan(5);
  });

  test('a passage link means the same passage in both languages, and the language switch keeps it', async () => {
    const { page, problems } = await openPage(browser);
    const id = 'de-spionagediensten-zo-meldde-cnn-op';
    await page.goto(`${articlePath.en}#${id}`);
    await expect.poll(() => page.locator(`#${id}`).evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await page.locator(`#${id}`).textContent()).toMatch(/^The spy agencies, CNN reported/);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect.poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).hash}`).toBe(`${articlePath.nl}#${id}`);
    await expect.poll(() => page.locator(`#${id}`).evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await page.locator(`#${id}`).textContent()).toMatch(/^De spionagediensten, zo meldde CNN/);
    expect(problems).toEqual([]);
  });

  test('glossary terms and timeline quotes are marked in the English text, and print endnotes are English', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.en);
    expect(await page.locator('article a.term[data-term="poetin"]').first().textContent()).toBe('Putin');
    expect(await page.locator('article a.term[data-term="verenigde-staten"]').allTextContents()).toContain('US');
    // "us" and "cleverly" are English words too: only the names are marked.
    expect(await page.locator('article a.term').allTextContents()).not.toContain('us');
    expect(await page.locator('#quote-2023-05-30-droneaanval-moskou').textContent()).toBe('Moscow was the target of a large-scale drone attack on Tuesday.');
    const linked = await page.locator('a.evidence-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(linked.length).toBeGreaterThan(5);
    for (const href of linked) expect(await page.locator(href ?? '').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.counterpart').first().isVisible()).toBe(false);
    expect(await page.locator('.term-notes').textContent()).toContain('Putin');
  });

  test('an English query for words only the translation has lands on the English passage, highlighted', async () => {
    const { page, problems } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto('/en/search/?q=ambassador&kind=passage');
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('.search-results a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(articlePath.en);
    const id = new URL(page.url()).hash.slice(1);
    expect(id).toBe('de-zuinige-reactie-van-het-witte');
    await expect.poll(() => page.locator(`[id="${id}"] mark.pagefind-highlight`).first().textContent(), { timeout: 10_000 }).toBe('ambassador');
    expect(problems).toEqual([]);
  });
});

describe('the English edition in previews and feeds', () => {
  /** The page's JSON-LD things, as served. */
  const jsonLd = async (path: string) => {
    const html = await (await fetch(`${baseURL}${path}`)).text();
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '[]';
    return { html, things: [JSON.parse(script)].flat() as Record<string, unknown>[] };
  };

  test('the English page has English title and description, and names the Dutch as its original; the Dutch names its translation', async () => {
    const english = await jsonLd(articlePath.en);
    expect(english.html).toContain(`<meta property="og:title" content="${translation.title}">`);
    expect(english.html).toMatch(/<meta name="description" content="On Tuesday 30 May 2023 Moscow/);
    const work = english.things.find((thing) => thing['@type'] === 'BackgroundNewsArticle');
    expect(work).toMatchObject({ headline: translation.title, inLanguage: 'en', translationOfWork: { url: expect.stringMatching(new RegExp(`${articlePath.nl}$`)), inLanguage: 'nl' } });
    const dutch = (await jsonLd(articlePath.nl)).things.find((thing) => thing['@type'] === 'BackgroundNewsArticle');
    expect(dutch).toMatchObject({ inLanguage: 'nl', workTranslation: { url: expect.stringMatching(new RegExp(`${articlePath.en}$`)), inLanguage: 'en' } });
  });

  test('/en/ and the English feed list the English headline; the Dutch ones the Dutch', async () => {
    expect(await (await fetch(`${baseURL}/en/`)).text()).toContain(translation.title);
    expect(await (await fetch(`${baseURL}/en/rss.xml`)).text()).toContain(`<title>${translation.title}</title>`);
    expect(await (await fetch(`${baseURL}/rss.xml`)).text()).toContain('<title>Drones in Moskou brengen het Witte Huis in een steeds lastiger parket</title>');
  });
});
