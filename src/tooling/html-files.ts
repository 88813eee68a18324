/** The HTML files of a built site, and the address each is served at. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
