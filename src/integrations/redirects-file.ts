/**
 * Writes `_redirects` (the redirect file Netlify and Cloudflare Pages read) once `astro build` has
 * written the site: one line `old new 301` for each moved page, found by reading the built pages
 * (a page whose head sends the reader on with a meta refresh; src/templates/MovedPage.astro). So
 * the file and the pages cannot disagree, and a move added to src/model/moved-urls.ts reaches both.
 *
 * Cloudflare Pages applies a rule even where a file exists; Netlify serves the file instead
 * ("shadowing") unless the rule is forced with `301!`, which Cloudflare does not read. The moved
 * page does the same job there, only as a meta refresh rather than an HTTP redirect.
 * Sources: https://developers.cloudflare.com/pages/configuration/redirects/ and
 * https://docs.netlify.com/manage/routing/redirects/overview/.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles, pagePath, readHead } from '../tooling/html-files.ts';
import { pageHead } from '../tooling/page-head.ts';

export interface Redirect {
  from: string;
  to: string;
}

/** The `_redirects` text: a comment saying where it comes from, then one line per move, sorted. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = [...redirects].sort((a, b) => a.from.localeCompare(b.from)).map(({ from, to }) => `${from} ${to} 301`);
  return ['# Moved pages (src/model/moved-urls.ts); each old URL also has a page that sends readers on.', ...lines, ''].join('\n');
}

/** The moves of a built site, read from its pages; a refresh to anywhere but a page of this site is refused. */
export function movedPages(pages: readonly { path: string; html: string }[]): Redirect[] {
  return pages.flatMap(({ path, html }) => {
    const { refresh } = pageHead(html);
    if (refresh === undefined) return [];
    if (!/^\/[^/]/.test(refresh) && refresh !== '/') throw new Error(`Redirects: ${path} refreshes to "${refresh}", which is not a path of this site.`);
    return [{ from: path, to: refresh }];
  });
}

export default function redirects(): AstroIntegration {
  return {
    name: 'duiding:redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const moves = movedPages(htmlFiles(outDir).map((file) => ({ path: pagePath(outDir, file), html: readHead(file) })));
        writeFileSync(new URL('_redirects', dir), redirectsFile(moves));
        logger.info(`_redirects written: ${moves.length} moved ${moves.length === 1 ? 'page' : 'pages'}.`);
      },
    },
  };
}
