import { describe, expect, test } from 'vitest';
import { articlePath, bodyWords, sourceWords } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';

const browser = await connectBrowser();

describe('reading without JavaScript', () => {
  test('the article reads in full with JavaScript disabled', async () => {
    const { page, problems } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(articlePath.nl);
    expect(await bodyWords(page)).toEqual(sourceWords);
    expect(problems).toEqual([]);
  });

  test('a passage link still lands on its passage with JavaScript disabled', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${articlePath.nl}#russische-reactie`);
    await expect.poll(() => page.locator('#russische-reactie').evaluate((element) => element.matches(':target'))).toBe(true);
  });

  test('the print stylesheet hides navigation and passage links but keeps the text', async () => {
    const { page } = await openPage(browser);
    await page.goto(articlePath.nl);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.locator('.passage-link').first().isVisible()).toBe(false);
    expect(await bodyWords(page)).toEqual(sourceWords);
  });
});
