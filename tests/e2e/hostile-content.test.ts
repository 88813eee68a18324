/**
 * Hostile input reaches the reader as text and never runs. The content in
 * tests/fixtures/hostile-content/ is valid (so the schema lets it through) but every field a reader
 * sees holds `<script>`, `"><img onerror>`, `</script>` break-outs or `javascript:` text, each one
 * setting `window.pwned` if it ever ran. That content is laid over a copy of the real content,
 * built with the real build command (by the run's global setup) and served; hostile content the
 * schema or the checks reject is covered in build-command.test.ts, hostile `?q=` and `?actor=` in
 * the search and timeline tests.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { htmlFiles } from '../../src/tooling/html-files.ts';
import { articlePath } from './support/article.ts';
import { connectBrowser, openPage } from './support/browser.ts';
import { waitForBuild } from './support/build-overlay.ts';

// Built, cold, and served by the run's global setup (support/global-setup.ts) while the first tests run.
const outDir = inject('hostileOutDir');
const hostileURL = inject('hostileURL');
const browser = await connectBrowser();

beforeAll(() => waitForBuild(inject('hostileReport'), 'The hostile content'), 130_000);

/** Scripts the site itself writes: its modules and its JSON data islands. Anything else is injected. */
const ownScriptTypes = new Set(['module', 'application/ld+json', 'application/json']);

/** What in one built page could run: event-handler attributes, `javascript:` URLs, foreign scripts. */
function runnable(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`<${node.tagName} ${name}>`);
      if (['href', 'src', 'action', 'formAction', 'data'].includes(name) && /^\s*javascript:/i.test(String(value))) found.push(`<${node.tagName} ${name}="${value}">`);
    }
    if (node.tagName === 'script' && !ownScriptTypes.has(String(node.properties.type ?? ''))) found.push(`<script type="${node.properties.type}">`);
    if (node.tagName === 'script' && toString(node).includes('pwned') && node.properties.type === 'module') found.push('a module script with content text');
    if (['iframe', 'svg', 'object', 'embed'].includes(node.tagName) && toString(node).includes('pwned')) found.push(`<${node.tagName}> from content`);
  });
  return found;
}

describe('hostile content, built', () => {
  test('no page holds anything that could run, though every page with the content shows it', () => {
    const pages = htmlFiles(outDir);
    const runnableByPage = pages.flatMap((file) => runnable(fromHtml(readFileSync(file, 'utf8'))).map((what) => `${relative(outDir, file)}: ${what}`));
    expect(runnableByPage).toEqual([]);
    // The payloads were published (as text), so the check above looked at them.
    const showing = pages.filter((file) => readFileSync(file, 'utf8').includes('pwned'));
    expect(showing.length).toBeGreaterThanOrEqual(8);
  });

  test('the feeds and the sitemap escape it', () => {
    for (const feed of ['rss.xml', 'en/rss.xml']) {
      const xml = readFileSync(join(outDir, feed), 'utf8');
      expect(xml).toContain('Het Scriptwapen');
      expect(xml).not.toMatch(/<script|<img/i);
    }
  });

  const pages: [path: string, visible: string][] = [
    ['/artikelen/verdacht-bericht/', `Het Scriptwapen <script>window.pwned = 'title'</script> "><img src=x onerror="window.pwned = 'title-img'">`],
    ['/en/articles/verdacht-bericht/', `de tekst <script>window.pwned = 'body'</script> erin`],
    ['/begrippen/scriptwapen/', `Scriptwapen <script>window.pwned = 'name'</script>`],
    ['/en/glossary/scriptwapen/', `Script weapon "><img src=x onerror="window.pwned = 'name-en'">`],
    ['/begrippen/', `Kort </script><script>window.pwned = 'short'</script> gezegd.`],
    ['/tijdlijn/', `Een annotatie met </script><script>window.pwned = 'annotation'</script> en [een link](javascript:window.pwned = 'annotation-link').`],
    ['/en/timeline/', `"><img src=x onerror="window.pwned = 'event-en'"> Suspicious report`],
    ['/', `Een bericht </script><script>window.pwned = 'standfirst'</script> over het Scriptwapen.`],
    ['/en/', `Source: Uitgever <script>window.pwned = 'publisher'</script>, ≈ 15 June 2023`],
  ];

  test.each(pages)('%s shows the hostile text as text, and nothing runs', async (path, visible) => {
    const { page, problems } = await openPage(browser, { baseURL: hostileURL });
    await page.goto(path);
    expect(await page.locator('body').innerText()).toContain(visible);
    // Hover and open what a reader would: a fact label with onmouseover, a glossary card.
    const term = page.locator('a.term[data-term="scriptwapen"]').first();
    if (await term.count()) await term.click();
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  test('a glossary card in the article shows the hostile name and text as text', async () => {
    const { page, problems } = await openPage(browser, { baseURL: hostileURL });
    await page.goto('/artikelen/verdacht-bericht/');
    await page.locator('article a.term[data-term="scriptwapen"]').first().click();
    const card = page.locator('[popover]:popover-open');
    await expect.poll(() => card.innerText()).toContain(`Kort </script><script>window.pwned = 'short'</script> gezegd.`);
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  test('search finds the hostile article and shows its title as text', async () => {
    const { page, problems } = await openPage(browser, { baseURL: hostileURL });
    await page.goto('/zoeken/?q=Scriptwapen');
    const titles = page.locator('.search-results .result-title');
    await expect.poll(() => titles.allInnerTexts(), { timeout: 10_000 }).toContainEqual(expect.stringContaining(`<script>window.pwned = 'title'</script>`));
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

describe('hostile URL fragments', () => {
  test.each([
    `#"><img src=x onerror="window.pwned=1">`,
    '#<script>window.pwned=1</script>',
    '#javascript:window.pwned=1',
    '#:~:text=<script>window.pwned=1</script>',
    '#%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E',
  ])('the article opened with %s shows the article, and nothing runs', async (fragment) => {
    const { page, problems } = await openPage(browser);
    await page.goto(articlePath.nl + fragment);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    // Fragment changes after load go through the same code as a first load.
    await page.evaluate(() => (location.hash = '#"><svg onload="window.pwned=2">'));
    await page.locator('article a.term').first().click();
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
