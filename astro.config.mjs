// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The public origin of the site, in one place. Canonical URLs, hreflang alternates and previews are
 * built from it. Set SITE_URL when deploying; the default is the local server that `npm start` runs.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
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
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
