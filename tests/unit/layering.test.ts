/**
 * The source tree's floors (README, "Map"): a file may import from its own floor and the ones
 * below it, never from above, so each floor can be read and tested without the ones on top.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../support/paths.ts';

/** Bottom first. A path is on the floor of the first prefix it starts with. */
const floors: [floor: number, prefixes: string[]][] = [
  [0, ['src/text/', 'src/geo/']],
  [1, ['src/i18n/']],
  [2, ['src/markdown/']],
  [3, ['src/model/', 'src/content.config.ts']],
  [4, ['src/site/']],
  // Browser scripts share the floor of the components that load them with a <script> tag.
  [5, ['src/components/', 'src/layouts/', 'src/templates/', 'src/scripts/', 'src/middleware.ts', 'src/env.d.ts', 'src/styles/']],
  // Node-side helpers (serve dist/, walk its pages, launch Chromium) for integrations, commands and tests.
  [6, ['src/tooling/']],
  [7, ['src/pages/', 'src/integrations/']],
  [8, ['src/cli/']],
];

function floorOf(path: string): number | undefined {
  return floors.find(([, prefixes]) => prefixes.some((prefix) => path.startsWith(prefix)))?.[0];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(join(root, 'src')).map((file) => relative(root, file));

describe('layering', () => {
  test('every source file is on a floor', () => {
    expect(files.filter((file) => floorOf(file) === undefined)).toEqual([]);
  });

  test('no import runs upward between floors', () => {
    const upward: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = relative(root, resolve(dirname(join(root, file)), specifier as string));
        const [from, to] = [floorOf(file), floorOf(target)];
        if (from !== undefined && to !== undefined && to > from) upward.push(`${file} imports ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
