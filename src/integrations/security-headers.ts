/**
 * Writes `_headers` (see headers-file.ts) once `astro build` has written the site, from the policy
 * Astro put in each page's <meta> element, which stays in the pages for hosts without header
 * files. Astro 7 hands out its CSP data only to adapters with `staticHeaders` (`routeToHeaders` in
 * `astro:build:generated`), and then moves the policy out of the pages, so the pages are read.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles, pagePath, readHead } from '../tooling/html-files.ts';
import { headersFile, hostLimitProblems, metaPolicy } from './headers-file.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'duiding:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = htmlFiles(outDir).map((file) => ({ path: pagePath(outDir, file), policy: metaPolicy(readHead(file)) }));
        const unprotected = pages.filter((page) => page.policy === undefined).map((page) => page.path);
        if (unprotected.length > 0) throw new Error(`Headers: these pages have no Content-Security-Policy <meta> element: ${unprotected.join(', ')}. Check security.csp in astro.config.mjs.`);
        const topLevel = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
        const text = headersFile(pages, topLevel);
        for (const problem of hostLimitProblems(text)) logger.warn(`_headers has ${problem}; that host would ignore part of it.`);
        writeFileSync(new URL('_headers', dir), text);
        const policies = new Set(pages.map((page) => page.policy)).size;
        logger.info(`_headers written: ${pages.length} pages, ${policies} distinct ${policies === 1 ? 'policy' : 'policies'}.`);
      },
    },
  };
}
