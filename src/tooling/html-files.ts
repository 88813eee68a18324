/** The files of a built site, its HTML pages, and the address each is served at. */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, at any depth. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(path) : [path];
  });
}

/** Every HTML file below `dir`. */
export function htmlFiles(dir: string): string[] {
  return filesBelow(dir).filter((path) => path.endsWith('.html'));
}

/** The site path a file is served at: `artikelen/x/index.html` → `/artikelen/x/`. */
export function pagePath(dist: string, file: string): string {
  return `/${relative(dist, file).replace(/index\.html$/, '')}`;
}

const headEnd = Buffer.from('</head>');

/**
 * A page's HTML up to and including `</head>` (the whole file when it has none), read in chunks
 * from disk. Integrations that only need the head (canonical and alternate links, the CSP, a
 * refresh) read this instead of the page: at 10,000 articles the pages hold gigabytes, and a
 * string cut from a page keeps the whole page alive in V8, which ended a build out of memory.
 */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(16_384);
      const read = readSync(fd, chunk, 0, chunk.length, length);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      const bytes = Buffer.concat(chunks, length);
      // Searched from just before the new chunk, in case `</head>` spans two chunks.
      const at = bytes.indexOf(headEnd, Math.max(0, length - read - headEnd.length));
      if (at >= 0) return bytes.toString('utf8', 0, at + headEnd.length);
    }
    return Buffer.concat(chunks, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
