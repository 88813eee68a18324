import { describe, expect, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';
import { builtPage } from './support/built-page.ts';

const browser = await connectBrowser();

describe('glossary terms in the article', () => {
  test('activating "Atacms" with the keyboard opens its card with the range; Esc closes it and focus returns', async () => {
    // Reduced motion: no smooth scroll still running while the text's place is measured.
    const { page, problems } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(articlePath.nl);
    const term = page.locator('article .prose').getByRole('link', { name: 'Atacms', exact: true });
    const passage = page.locator('#vanwege-deze-vrees-hield-president-biden');
    const place = () => passage.evaluate((element) => JSON.stringify([element.getBoundingClientRect().toJSON(), window.scrollY]));
    await term.focus();
    const before = await place();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: 'Atacms' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('zo’n 300 kilometer');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    // The card floats above the text: nothing moves.
    expect(await place()).toBe(before);
    expect(new URL(page.url()).pathname).toBe(articlePath.nl);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await term.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
  });

  test('a click on a term opens the card in the interface language, with a link to the full entry', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.en);
    await page.locator('article .prose').getByRole('link', { name: 'Storm Shadow', exact: true }).click();
    const card = page.getByRole('dialog', { name: 'Storm Shadow' });
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('more than 250 kilometres');
    await card.getByRole('link', { name: 'More about Storm Shadow' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/glossary/storm-shadow/');
  });

  test('without JavaScript a term is a plain link to its glossary page', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(articlePath.nl);
    await page.locator('article .prose').getByRole('link', { name: 'Atacms-raket' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/begrippen/atacms/');
  });

  test('in print, terms carry endnote numbers and the notes follow the article', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    await page.emulateMedia({ media: 'print' });
    const notes = page.locator('.term-notes');
    expect(await notes.isVisible()).toBe(true);
    const number = await page.locator('article a.term[data-term="atacms"]').first().evaluate((element) => getComputedStyle(element, '::after').content);
    const items = await notes.locator('li').allTextContents();
    expect(items[Number(JSON.parse(number)) - 1]).toMatch(/^Atacms: Amerikaanse ballistische raket/);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });
});

describe('glossary pages', () => {
  test('an entry page lists the article passages that mention it, linked to the passage', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto('/begrippen/atacms/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Atacms');
    const mentions = page.locator('.mentions > li');
    expect(await mentions.count()).toBe(2);
    expect(await mentions.first().locator('mark').textContent()).toBe('Atacms');
    await mentions.nth(1).getByRole('link', { name: 'Lees de passage' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#met-deze-stap-die-ongetwijfeld-goed');
    expect(problems).toEqual([]);
  });

  test('the English entry page shows English text, the facts with their sources, and other spellings', () => {
    const page = builtPage('/en/glossary/putin/');
    expect(page.text('h1')).toBe('Vladimir Putin');
    expect(page.text('.also-known-as')).toContain('Poetin');
    expect(page.text('.facts')).toContain('Source');
  });

  test('an ended role reads as past, with its years; the entry says the day it was last reviewed', () => {
    const page = builtPage('/en/glossary/biden/');
    expect(page.text('.facts dd')).toMatch(/^\s*President of the United States \(2021–2025\) \(Source: Encyclopaedia Britannica\)\s*$/);
    expect(page.text('.reviewed')).toBe('Last reviewed on 27 November 2026.');
    expect(page.text(`#${page.attribute('section.corrections', 'aria-labelledby')}`)).toBe('Corrections and changes');
    expect(page.count('section.corrections li')).toBeGreaterThan(0);
  });

  test('the index groups entries by kind, with a jump list', async () => {
    const { page } = await openPage(browser);
    await page.goto('/begrippen/');
    const jump = page.getByRole('navigation', { name: 'Ga naar' });
    expect(await jump.getByRole('link').allTextContents()).toEqual(['Personen', 'Organisaties', 'Plaatsen en landen', 'Wapens', 'Overige begrippen']);
    await jump.getByRole('link', { name: 'Wapens' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#weapon');
    const weapons = await page.locator('section', { has: page.locator('#weapon') }).locator('dt').allTextContents();
    expect(weapons).toEqual([...weapons].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(weapons).toContain('Storm Shadow');
  });
});
