/**
 * `npm run check:links`: walks a built site and reports every internal link or `#anchor` that leads
 * nowhere: a page that is not there, or an id that is not on it. External links are not followed
 * (the site makes no request to another origin); `mailto:` and the like are skipped.
 *
 * Usage: node src/cli/check-links.ts [DIST]   (default: dist)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Every HTML file below `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The site path a file is served at: `artikelen/x/index.html` → `/artikelen/x/`. */
export function pagePath(dist: string, file: string): string {
  return `/${relative(dist, file).replace(/index\.html$/, '')}`;
}

export function findBrokenLinks(dist: string): string[] {
  const pages = new Map<string, { ids: Set<string>; links: string[] }>();
  for (const file of htmlFiles(dist)) {
    const ids = new Set<string>();
    const links: string[] = [];
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
      if (node.properties.id) ids.add(String(node.properties.id));
      const target = node.tagName === 'a' || node.tagName === 'link' ? node.properties.href : undefined;
      if (typeof target === 'string' && !(node.tagName === 'link' && /\b(canonical|alternate)\b/.test(String(node.properties.rel)))) links.push(target);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const problems = findBrokenLinks(dist);
  for (const problem of problems) console.error(problem);
  console.log(`${problems.length} broken link${problems.length === 1 ? '' : 's'} in ${dist}`);
  process.exit(problems.length > 0 ? 1 : 0);
}
