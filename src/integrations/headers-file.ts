/**
 * What goes in `_headers`, the header file Netlify and Cloudflare Pages read, as pure functions of
 * the built pages' Content-Security-Policies and the site's top-level entries.
 *
 * Both hosts apply every rule whose path matches a request and combine a header set by several of
 * them: Cloudflare Pages joins the values with commas, Netlify merges the rules. Two CSPs in one
 * response are both enforced, and two Cache-Control values contradict each other. So no header name
 * is ever set by two rules that can match the same path:
 * - `/*` carries what every response shares: nosniff, the referrer policy and, when every page has
 *   the same policy (Astro hashes all of the site's inline scripts and styles into every page, so
 *   this one does), that policy with `frame-ancestors 'none'`, which a <meta> policy cannot carry.
 *   Sent with an image or a script the policy does nothing; Pagefind's worker is same-origin and
 *   needs nothing it forbids.
 * - If pages ever differ, `/*` sends no policy and each page gets a rule with its own instead.
 *   Cloudflare's `! Header` (detach) could narrow a site-wide policy, but Netlify rejects that
 *   syntax, and one rule per policy cannot be written with path patterns.
 * - `/_astro/*` (file names carry a content hash) is cached for a year; every other top-level
 *   entry gets its own rule that makes caches revalidate. `/*` sets no Cache-Control, since it
 *   would combine with the immutable one.
 * Cloudflare Pages takes at most 100 rules and 2,000 characters a line: `hostLimitProblems` says
 * when a file breaks either.
 * Sources: https://developers.cloudflare.com/pages/configuration/headers/ ("inherit all rules'
 * headers", joined with commas, `! Header` to detach, the limits) and
 * https://docs.netlify.com/manage/routing/headers/.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A page as served, and the policy in its CSP <meta> element (undefined when it has none). */
export interface PagePolicy {
  path: string;
  policy: string | undefined;
}

/** An entry at the top of the built site: `og` (a folder) or `robots.txt`. */
export interface TopLevelEntry {
  name: string;
  directory: boolean;
}

/** Headers every response gets. */
const shared = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];
const immutable = 'Cache-Control: public, max-age=31536000, immutable';
const revalidate = 'Cache-Control: public, max-age=0, must-revalidate';
/** Cloudflare Pages' limits on a `_headers` file. */
export const hostLimits = { rules: 100, lineLength: 2000 };

/** The policy in a page's CSP <meta> element; only the head is parsed. */
export function metaPolicy(html: string): string | undefined {
  const end = html.search(/<\/head>/i);
  const head = end < 0 ? html : html.slice(0, end);
  let policy: string | undefined;
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element' || policy !== undefined) continue;
      const { httpEquiv, content } = child.properties;
      const equiv = [httpEquiv].flat().join(' ').toLowerCase();
      if (child.tagName === 'meta' && equiv === 'content-security-policy' && typeof content === 'string') policy = content;
      else visit(child);
    }
  };
  visit(fromHtml(head));
  return policy;
}

/** The policy a page is sent with as a header: its own, plus the directive only a header can carry. */
export function headerPolicy(policy: string | undefined): string {
  const own = policy?.trim().replace(/;\s*$/, '');
  return own ? `${own}; frame-ancestors 'none'` : "frame-ancestors 'none'";
}

/** The `_headers` text for a built site. */
export function headersFile(pages: readonly PagePolicy[], topLevel: readonly TopLevelEntry[]): string {
  const policies = new Set(pages.map((page) => headerPolicy(page.policy)));
  const [onePolicy] = policies.size === 1 ? policies : [];
  const rules = new Map<string, string[]>();
  const add = (path: string, header: string) => rules.set(path, [...(rules.get(path) ?? []), header]);
  for (const header of onePolicy ? [...shared, `Content-Security-Policy: ${onePolicy}`] : shared) add('/*', header);
  add('/_astro/*', immutable);
  // The hosts read `_headers` and `_redirects` themselves and never serve them.
  const entries = topLevel.filter(({ name }) => !['_astro', '_headers', '_redirects'].includes(name));
  const paths = entries.map(({ name, directory }) => (name === 'index.html' ? '/' : directory ? `/${name}/*` : `/${name}`));
  for (const path of paths.sort()) add(path, revalidate);
  if (!onePolicy) for (const page of pages) add(page.path, `Content-Security-Policy: ${headerPolicy(page.policy)}`);
  return `${[...rules].map(([path, headers]) => [path, ...headers.map((header) => `  ${header}`)].join('\n')).join('\n\n')}\n`;
}

/** What in a `_headers` text Cloudflare Pages would refuse; empty when it fits. */
export function hostLimitProblems(text: string): string[] {
  const lines = text.split('\n');
  const rules = lines.filter((line) => line.startsWith('/')).length;
  const long = lines.filter((line) => line.length > hostLimits.lineLength).length;
  return [
    ...(rules > hostLimits.rules ? [`${rules} rules, more than the ${hostLimits.rules} Cloudflare Pages reads`] : []),
    ...(long > 0 ? [`${long} line(s) longer than the ${hostLimits.lineLength} characters Cloudflare Pages reads`] : []),
  ];
}
