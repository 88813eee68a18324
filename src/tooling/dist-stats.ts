/**
 * What a built site weighs, for the scale bench: its pages and files, the largest page as sent
 * (gzipped HTML), and the search bundle (Pagefind's folder) in files and bytes.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesBelow, pagePath } from './html-files.ts';

export interface DistStats {
  pages: number;
  files: number;
  bytes: number;
  largestPage: { path: string; gzipBytes: number };
  search: { files: number; bytes: number };
}

export function distStats(dist: string): DistStats {
  const stats: DistStats = { pages: 0, files: 0, bytes: 0, largestPage: { path: '', gzipBytes: 0 }, search: { files: 0, bytes: 0 } };
  const search = join(dist, 'pagefind');
  for (const path of filesBelow(dist)) {
    const { size } = statSync(path);
    stats.files++;
    stats.bytes += size;
    if (path.startsWith(search)) {
      stats.search.files++;
      stats.search.bytes += size;
    }
    if (!path.endsWith('.html')) continue;
    stats.pages++;
    // Gzipping every page costs a few seconds at 20,000 pages; only pages near the top can win.
    if (size < stats.largestPage.gzipBytes) continue;
    const gzipBytes = gzipSync(readFileSync(path)).length;
    if (gzipBytes > stats.largestPage.gzipBytes) stats.largestPage = { path: pagePath(dist, path) || `/${relative(dist, path)}`, gzipBytes };
  }
  return stats;
}
