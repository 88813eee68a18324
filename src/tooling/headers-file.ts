/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends each page's
 * Content-Security-Policy as a header: the policy Astro put in the page's <meta> element, plus
 * `frame-ancestors 'none'`, which only a header can carry. Hosts without header files ignore it.
 */
import { readFileSync } from 'node:fs';
import { htmlFiles, pagePath } from './html-files.ts';

/** Headers every response gets. */
const common = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];

/** The policy in a page's CSP <meta> element, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The `_headers` text for the pages: one rule per page, and the common headers for everything. */
export function headersFile(pages: readonly { path: string; policy: string }[]): string {
  const rules = [['/*', ...common]];
  for (const { path, policy } of pages) rules.push([path, `Content-Security-Policy: ${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`]);
  return `${rules.map(([path, ...headers]) => [path, ...headers.map((header) => `  ${header}`)].join('\n')).join('\n\n')}\n`;
}

/** The rules for every HTML page in `dist`. */
export function pagePolicies(dist: string): { path: string; policy: string }[] {
  return htmlFiles(dist).flatMap((file) => {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    return policy ? [{ path: pagePath(dist, file), policy }] : [];
  });
}
