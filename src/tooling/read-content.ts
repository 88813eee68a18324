/**
 * The content folder read the way the build's collections read it (each file through its schema),
 * without Astro: for commands that need the content model, such as `npm run ledger:update`, and for
 * the unit tests (tests/support/content.ts), which lay a fixture's files over the real content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { splitFrontmatter } from '../model/article-loader.ts';
import { ledgerFile, parseLedger } from '../model/published-ledger.ts';
import { articleSchema } from '../model/schemas/article.ts';
import { glossaryFileSchema } from '../model/schemas/glossary.ts';
import { timelineSchema } from '../model/schemas/timeline.ts';
import { translationFile, translationSchema } from '../model/schemas/translation.ts';
import type { LoadedContent } from '../model/types.ts';

/**
 * The files of one collection ending in `extension`, by file name: each folder's sorted by name, a
 * later folder's file replacing an earlier one's in place and adding the rest after.
 */
function files(folders: readonly string[], collection: string, extension: string): [name: string, path: string][] {
  const found = new Map<string, string>();
  for (const folder of folders) {
    const dir = join(folder, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith(extension)).sort()) found.set(name, join(dir, name));
  }
  return [...found];
}

/**
 * Reads every collection of the content folder `dir`, with the files of `overlays` laid over it
 * (a file of the same name replaces the content's), and the ledger (published.json) of the last
 * folder that has one. Paths are given relative to `root`.
 */
export function readContentFolder(dir: string, root: string, overlays: readonly string[] = []): LoadedContent {
  const folders = [dir, ...overlays];
  const where = (path: string) => relative(root, path);
  const id = (name: string) => name.replace(/\.\w+$/, '');
  const yaml = (path: string) => load(readFileSync(path, 'utf8'));
  const ledger = folders
    .map((folder) => join(folder, ledgerFile))
    .filter((path) => existsSync(path))
    .at(-1);
  return {
    articles: files(folders, 'articles', '.md').map(([name, path]) => {
      const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'), where(path));
      return { id: id(name), filePath: where(path), data: articleSchema.parse(data), body };
    }),
    glossary: files(folders, 'glossary', '.yaml').map(([name, path]) => ({ id: id(name), filePath: where(path), data: glossaryFileSchema.parse(yaml(path)) })),
    timeline: files(folders, 'timeline', '.yaml').map(([name, path]) => ({ id: id(name), filePath: where(path), data: timelineSchema.parse(yaml(path)) })),
    translations: files(folders, 'articles', '.en.yaml').map(([name, path]) => ({
      id: translationFile.exec(name)?.[1] ?? name,
      filePath: where(path),
      data: translationSchema.parse(yaml(path)),
    })),
    published: ledger ? { file: where(ledger), ledger: parseLedger(readFileSync(ledger, 'utf8'), where(ledger)) } : undefined,
  };
}
