/**
 * What the sitemap lists, read from the built pages: every page that names itself as its canonical
 * URL (so not a moved page, whose canonical is where it went, nor the 404 page, which names none),
 * each with the `hreflang` alternates its own head names. Alternates cannot be worked out from a
 * path alone (`/en/glossary/putin/` is `/begrippen/poetin/` in Dutch, which only the content
 * knows), and reading the pages keeps the sitemap identical to what the pages say.
 *
 * In astro.config.mjs the integration goes before @astrojs/sitemap, whose `filter` and `serialize`
 * are the two functions here: hooks run in the order integrations are listed.
 */
import { fileURLToPath } from 'node:url';
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { htmlFiles, pagePath, readHead } from '../tooling/html-files.ts';
import { type PageHead, pageHead } from '../tooling/page-head.ts';

/** Whether a page at `path` with this head belongs in the sitemap. */
export function listedInSitemap(path: string, head: PageHead | undefined): boolean {
  return head !== undefined && !head.noindex && head.canonical !== undefined && new URL(head.canonical, 'http://site').pathname === path;
}

/** The sitemap's alternate links of a page: its languages, without `x-default`. */
export function sitemapLinks(head: PageHead): NonNullable<SitemapItem['links']> {
  return head.alternates.filter(({ hreflang }) => hreflang !== 'x-default').map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
}

export default function sitemapPages() {
  let heads: Map<string, PageHead> | undefined;
  const headOf = (url: string) => {
    if (!heads) throw new Error('Sitemap: the pages were not read yet. List sitemapPages() before sitemap() in astro.config.mjs.');
    const path = new URL(url).pathname;
    return { path, head: heads.get(path) };
  };
  const integration: AstroIntegration = {
    name: 'duiding:sitemap-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        heads = new Map(htmlFiles(outDir).map((file) => [pagePath(outDir, file), pageHead(readHead(file))]));
      },
    },
  };
  return {
    integration,
    /** @astrojs/sitemap's `filter`. */
    filter: (url: string) => {
      const { path, head } = headOf(url);
      return listedInSitemap(path, head);
    },
    /** @astrojs/sitemap's `serialize`. */
    serialize: (item: SitemapItem): SitemapItem => {
      const { head } = headOf(item.url);
      return head ? { ...item, links: sitemapLinks(head) } : item;
    },
  };
}
