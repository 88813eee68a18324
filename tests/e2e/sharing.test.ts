import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import { articlePath } from './support/article.ts';
import { baseURL, connectBrowser, openPage } from './support/browser.ts';
import { builtPage } from './support/built-page.ts';

const browser = await connectBrowser();

const outDir = inject('outDir');

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The `<meta>` and `<link>` elements of a page as served: what a link previewer reads. */
async function servedHead(path: string) {
  const response = await fetch(`${baseURL}${path}`);
  expect(response.status).toBe(200);
  const elements: Element[] = [];
  visit(fromHtml(await response.text()), 'element', (node: Element) => {
    elements.push(node);
  });
  const meta = (key: string) => {
    const found = elements.find((node) => node.tagName === 'meta' && (node.properties.property === key || node.properties.name === key));
    return found ? String(found.properties.content) : undefined;
  };
  const links = (rel: string) =>
    elements
      .filter((node) => node.tagName === 'link' && Array.isArray(node.properties.rel) && node.properties.rel.includes(rel))
      .map((node) => ({ href: String(node.properties.href), hrefLang: node.properties.hrefLang as string | undefined }));
  return { meta, links };
}

const pageTypes = [
  ['/', 'website'],
  ['/en/', 'website'],
  [articlePath.nl, 'article'],
  [articlePath.en, 'article'],
  ['/begrippen/', 'website'],
  ['/en/glossary/atacms/', 'website'],
  ['/tijdlijn/', 'website'],
  ['/en/search/', 'website'],
] as const;

describe('previews and links', () => {
  // Link previewers read the served HTML and run nothing, so neither does this test.
  test.each(pageTypes)('%s has canonical, hreflang and Open Graph tags with a 1200×630 image', async (path, type) => {
    const { meta, links } = await servedHead(path);
    expect(new URL(links('canonical')[0]?.href ?? '').pathname).toBe(path);
    expect(links('alternate').filter((link) => link.hrefLang).length).toBe(3);
    expect(meta('og:type')).toBe(type);
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBeTruthy();
    expect(meta('og:locale')).toBe(path.startsWith('/en/') ? 'en_GB' : 'nl_NL');
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = await fetch(`${baseURL}${new URL(meta('og:image') ?? '').pathname}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toContain('image/png');
    expect(pngSize(Buffer.from(await image.arrayBuffer()))).toEqual([1200, 630]);
    // The image described in words, for readers who cannot see it: what it shows, not the title again.
    expect(meta('og:image:alt')).toBeTruthy();
    expect(meta('twitter:image:alt')).toBe(meta('og:image:alt'));
    expect(meta('og:image:alt')).not.toBe(meta('og:title'));
    expect(meta('twitter:image')).toBe(meta('og:image'));
  });

  test('each preview says what its title does not: the kind of page and a date or fact from it', async () => {
    const article = await servedHead(articlePath.nl);
    expect(article.meta('og:image:alt')).toBe('Artikel op Duiding, oorspronkelijk verschenen omstreeks 31 mei 2023: 11 gebeurtenissen uit het artikel op de tijdlijn en 29 begrippen uitgelegd.');
    expect(article.meta('og:image:alt')).not.toContain(article.meta('og:title'));
    const entry = await servedHead('/en/glossary/atacms/');
    expect(entry.meta('og:image:alt')).toMatch(/^Glossary entry on Duiding \(weapon\): ATACMS\. American short-range ballistic missile.*Last reviewed on 27 November 2026\.$/);
    const timeline = await servedHead('/tijdlijn/');
    expect(timeline.meta('og:image:alt')).toMatch(/^Tijdlijn op Duiding, 24 februari 2022 – 24 april 2024: \d+ gebeurtenissen\.$/);
    // Three pages, three different pictures (the old cards differed only in their title).
    const images = await Promise.all(
      [article, entry, timeline].map(async ({ meta }) => Buffer.from(await (await fetch(`${baseURL}${new URL(meta('og:image') ?? '').pathname}`)).arrayBuffer())),
    );
    expect(new Set(images.map((bytes) => bytes.toString('base64'))).size).toBe(3);
  });

  test('the icons a page links are real images of the size they claim, and /favicon.ico is an icon file', async () => {
    const { links } = await servedHead('/en/');
    const icons = [...links('icon'), ...links('apple-touch-icon')].map(({ href }) => href);
    expect(icons).toEqual(expect.arrayContaining(['/favicon.ico', '/favicon.svg', '/icon-192.png', '/apple-touch-icon.png']));
    const get = async (path: string) => {
      const response = await fetch(`${baseURL}${path}`);
      expect(response.status, path).toBe(200);
      return { type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
    };
    expect(pngSize((await get('/apple-touch-icon.png')).bytes)).toEqual([180, 180]);
    expect(pngSize((await get('/icon-192.png')).bytes)).toEqual([192, 192]);
    const svg = await get('/favicon.svg');
    expect(svg.type).toContain('image/svg+xml');
    expect(svg.bytes.toString()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // An ICO: reserved 0, type 1, then one directory entry per image, each pointing at a PNG.
    const { bytes: ico } = await get('/favicon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const at = 6 + 16 * index;
      const png = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      expect(pngSize(png)).toEqual([ico[at], ico[at + 1]]);
      return ico[at];
    });
    expect(sizes).toEqual([16, 32, 48]);
  });

  test('the article\'s JSON-LD is Duiding\'s page based on the original, with its corrections and what it is about', () => {
    const page = builtPage(articlePath.nl);
    const blocks = page.texts('script[type="application/ld+json"]');
    const [article, breadcrumbs] = JSON.parse(blocks[0] ?? '[]');
    expect(article).toMatchObject({
      '@type': 'BackgroundNewsArticle',
      inLanguage: 'nl',
      author: { name: 'Duiding' },
      publisher: { name: 'Duiding' },
      isBasedOn: { '@type': 'NewsArticle', datePublished: '2023-05-31' },
      publishingPrinciples: expect.stringMatching(/\/over\/$/),
    });
    expect(article.backstory).toBe(page.text('.editorial-note'));
    expect(article.correction.length).toBeGreaterThan(0);
    expect(article.headline).toContain('Witte Huis');
    expect(article.backstory).toBeTruthy();
    expect(article.about.map((thing: { name: string }) => thing.name)).toEqual(expect.arrayContaining(['Atacms', 'Vladimir Poetin']));
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(page.attribute('meta[property="article:published_time"]', 'content')).toBe('2023-05-31');
  });

  test('a glossary entry\'s JSON-LD is a DefinedTerm', () => {
    const [term] = JSON.parse(builtPage('/en/glossary/atacms/').text('script[type="application/ld+json"]'));
    expect(term).toMatchObject({ '@type': 'DefinedTerm', name: 'ATACMS', inDefinedTermSet: { '@type': 'DefinedTermSet' } });
  });

  test('the sitemap lists every page of both languages, with its alternates', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    for (const path of ['/', '/en/', articlePath.nl, articlePath.en, '/begrippen/atacms/', '/en/glossary/atacms/', '/tijdlijn/', '/en/timeline/']) {
      expect(sitemap).toContain(`<loc>http://localhost:4321${path}</loc>`);
    }
    expect(sitemap).toContain(`hreflang="en-GB" href="http://localhost:4321${articlePath.en}"`);
    expect(sitemap).not.toContain('404');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  });

  test('each language has an RSS feed of its articles', () => {
    expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain(`<link>http://localhost:4321${articlePath.nl}</link>`);
    expect(readFileSync(join(outDir, 'en/rss.xml'), 'utf8')).toContain(`<link>http://localhost:4321${articlePath.en}</link>`);
  });
});

describe('the share button', () => {
  // The build assumed http://localhost:4321 (no SITE_URL); the tests serve the site elsewhere, as a
  // copy of the site served anywhere would be. Shared links must open where the reader is.
  const assumed = 'http://localhost:4321';
  test('the site under test is served on another origin than the build assumed', async () => {
    expect(new URL(baseURL).origin).not.toBe(assumed);
    expect((await servedHead(articlePath.nl)).links('canonical')[0]?.href).toBe(`${assumed}${articlePath.nl}`);
  });

  test('copies the page\'s link on the origin it is served from where there is no Web Share, and says so', async () => {
    const { page, problems } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(articlePath.nl);
    const button = page.getByRole('button', { name: 'Delen' });
    // The plain link is for readers without JavaScript; here the button stands alone.
    expect(await page.getByRole('link', { name: 'Link naar dit artikel' }).count()).toBe(0);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link gekopieerd' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${articlePath.nl}`);
    expect(problems).toEqual([]);
  });

  test('uses the Web Share API where the browser has it', async () => {
    const { page } = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(articlePath.en);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).toBe(`${baseURL}${articlePath.en}`);
  });

  test('a passage\'s ¶ link moves to the passage and copies its link, on the page\'s own origin', async () => {
    const { page } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(articlePath.nl);
    await page.locator('#russische-reactie ~ p .passage-link').first().click();
    const hash = new URL(page.url()).hash;
    expect(hash).toBe('#de-droneaanvallen-van-dinsdag-in-moskou');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${articlePath.nl}${hash}`);
    expect(await page.getByRole('status').filter({ hasText: 'Link naar de passage gekopieerd' }).count()).toBe(1);
  });

  test('without JavaScript the share control is a plain link to the page, on the origin it is served from', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(articlePath.nl);
    const link = page.getByRole('link', { name: 'Link naar dit artikel' });
    expect(await link.getAttribute('href')).toBe(articlePath.nl);
    expect(await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href)).toBe(`${baseURL}${articlePath.nl}`);
    expect(await page.getByRole('button', { name: 'Delen' }).count()).toBe(0);
  });

  test('a text fragment link (#:~:text=) opens the page without errors', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${articlePath.nl}#:~:text=grootscheepse%20droneaanval`);
    expect(await page.locator('article').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});
