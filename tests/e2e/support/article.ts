import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { sourceArticle } from '../../support/paths.ts';

export const slug = 'drones-moskou-witte-huis';
export const articlePath = { nl: `/artikelen/${slug}/`, en: `/en/articles/${slug}/` } as const;

/** The source's body as words: what a reader must find on the page, in order. */
export const sourceWords = readFileSync(sourceArticle, 'utf8').split('\n').slice(1).join(' ').split(/\s+/).filter(Boolean);

/** The words of the article body as the page shows them (paragraphs and sub-headings, in order). */
export async function bodyWords(page: Page): Promise<string[]> {
  const blocks = await page.locator('article .prose').locator(':scope > p, :scope > h2').allTextContents();
  return blocks.join(' ').split(/\s+/).filter(Boolean);
}
