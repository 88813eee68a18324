/**
 * What a built page's head says about its address: its canonical URL, its counterparts in other
 * languages, and whether it is a moved page (a meta refresh to where it went). The sitemap, the
 * `_redirects` file, the link checker and the Lighthouse script read pages through this, so each of
 * them agrees with what readers and crawlers get.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface PageHead {
  /** The `<link rel="canonical">` URL as written (absolute on this site). */
  canonical?: string | undefined;
  /** The `<link rel="alternate" hreflang>` links, `x-default` included, in page order. */
  alternates: { hreflang: string; href: string }[];
  /** Where a `<meta http-equiv="refresh">` sends the reader, as written. */
  refresh?: string | undefined;
  /** `<meta name="robots">` says noindex. */
  noindex: boolean;
}

const list = (value: unknown) => [value ?? []].flat().map(String);

/** The refresh target of a `content="0; url=/new/"` value. */
export function refreshTarget(content: string): string | undefined {
  const match = /^\s*\d+(?:\.\d+)?\s*[;,]\s*url\s*=\s*(['"]?)(.+?)\1\s*$/i.exec(content);
  return match?.[2];
}

/** The head of a page's HTML; the body is not parsed. */
export function pageHead(html: string): PageHead {
  const end = html.search(/<\/head>/i);
  const head: PageHead = { alternates: [], noindex: false };
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const { rel, hrefLang, href, httpEquiv, name, content } = child.properties;
      const rels = list(rel).map((value) => value.toLowerCase());
      if (child.tagName === 'link' && typeof href === 'string') {
        if (rels.includes('canonical')) head.canonical ??= href;
        else if (rels.includes('alternate') && typeof hrefLang === 'string') head.alternates.push({ hreflang: hrefLang, href });
      } else if (child.tagName === 'meta' && typeof content === 'string') {
        if (list(httpEquiv).join(' ').toLowerCase() === 'refresh') head.refresh ??= refreshTarget(content);
        if (String(name ?? '').toLowerCase() === 'robots' && /\bnoindex\b/i.test(content)) head.noindex = true;
      } else visit(child);
    }
  };
  visit(fromHtml(end < 0 ? html : html.slice(0, end)));
  return head;
}
