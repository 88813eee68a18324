/** A built folder's files by path relative to it, with their bytes: for comparing two builds byte for byte. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesBelow } from '../../src/tooling/html-files.ts';

export function fileContents(dir: string): Map<string, Buffer> {
  return new Map(filesBelow(dir).map((path) => [relative(dir, path), readFileSync(path)]));
}
