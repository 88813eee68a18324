// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import deploySettings from './src/integrations/deploy-settings.ts';
import redirects from './src/integrations/redirects-file.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import sitemapPages from './src/integrations/sitemap-pages.ts';

/**
 * The public origin of the site, in one place. Canonical URLs, hreflang alternates, previews, feeds
 * and the sitemap are built from it. Set SITE_URL when deploying; the default is the local server
 * that `npm start` runs, and a build without SITE_URL says so loudly (deploy-settings.ts). Links
 * readers copy or share use the origin the page is served from instead (src/scripts/share.ts).
 */
const site = process.env.SITE_URL?.trim() || 'http://localhost:4321';
const pages = sitemapPages();

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  // Dutch is the site's language and lives at `/`; the English interface lives under `/en/`.
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
    routing: { prefixDefaultLocale: false },
  },
  // Articles are rendered by the project's own unified processor (src/markdown/processor.ts), which
  // needs the glossary and timeline as plugin options; Astro's Markdown renderer is not used.
  // The tests build copies of the content side by side; each gets its own cache.
  cacheDir: process.env.DUIDING_CACHE_DIR ?? './node_modules/.astro',
  // No code is highlighted anywhere, and Shiki's inline styles would not pass the CSP below.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A page whose getStaticPaths gives a `cacheKey` (the preview images: their card's content hash)
  // is restored from the cache folder above when its key and its code are unchanged, instead of
  // being rendered again. A host that keeps that folder between builds gets the speed-up.
  experimental: { incrementalBuild: true },
  server: { host: '127.0.0.1', port: 4321 },
  // A strict Content-Security-Policy on every page (a <meta> element): scripts and styles only
  // from the site itself or by the hashes Astro computes for its inline ones; 'wasm-unsafe-eval'
  // only because Pagefind's search runs as WebAssembly. Nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    // The sitemap lists the pages that name themselves canonical, with the alternates each page
    // names (localised slugs differ: /begrippen/poetin/ and /en/glossary/putin/); the pages are
    // read first, so this comes before sitemap().
    pages.integration,
    sitemap({ filter: pages.filter, serialize: pages.serialize }),
    // After the pages are written: the search index, `_redirects` from the moved pages, then
    // `_headers` (which gives every top-level entry, `pagefind/` included, its caching rule, so it
    // runs last).
    pagefindIndex(),
    redirects(),
    securityHeaders(),
    deploySettings(),
  ],
});
