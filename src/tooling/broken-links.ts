/**
 * Every internal link or `#anchor` in a built site that leads nowhere: a page that is not there, or
 * an id that is not on it. A moved page's meta refresh counts as a link. External links are not
 * followed (the site makes no request to another origin); `mailto:` and the like are skipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlFiles, pagePath } from './html-files.ts';
import { refreshTarget } from './page-head.ts';

export function findBrokenLinks(dist: string): string[] {
  const pages = new Map<string, { ids: Set<string>; links: string[] }>();
  for (const file of htmlFiles(dist)) {
    const ids = new Set<string>();
    const links: string[] = [];
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
      if (node.properties.id) ids.add(String(node.properties.id));
      const target = node.tagName === 'a' || node.tagName === 'link' ? node.properties.href : undefined;
      if (typeof target === 'string' && !(node.tagName === 'link' && /\b(canonical|alternate)\b/.test(String(node.properties.rel)))) links.push(target);
      const { httpEquiv, content } = node.properties;
      const refresh = node.tagName === 'meta' && String(httpEquiv).toLowerCase() === 'refresh' && typeof content === 'string' ? refreshTarget(content) : undefined;
      if (refresh !== undefined) links.push(refresh);
    });
    pages.set(pagePath(dist, file), { ids, links });
  }

  const problems: string[] = [];
  for (const [from, { links }] of pages) {
    for (const link of links) {
      const url = new URL(link, `http://site${from}`);
      if (url.host !== 'site' || !/^https?:$/.test(url.protocol)) continue;
      const path = decodeURIComponent(url.pathname);
      const page = pages.get(path);
      const file = join(dist, path);
      if (!page && !(existsSync(file) && statSync(file).isFile())) {
        problems.push(`${from}: ${link} → no such page or file`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      // A text fragment (#:~:text=) is the browser's business, not an id.
      if (id && !id.startsWith(':~:') && page && !page.ids.has(id)) problems.push(`${from}: ${link} → no element with id "${id}"`);
    }
  }
  return problems;
}
