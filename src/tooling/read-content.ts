/**
 * The content folder read the way the build's collections read it (each file through its schema),
 * without Astro: for commands that need the content model, such as `npm run ledger:update`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { splitFrontmatter } from '../model/article-loader.ts';
import { articleSchema } from '../model/schemas/article.ts';
import { glossaryFileSchema } from '../model/schemas/glossary.ts';
import { timelineSchema } from '../model/schemas/timeline.ts';
import { translationFile, translationSchema } from '../model/schemas/translation.ts';
import type { LoadedContent } from '../model/types.ts';

/** The files of `dir/collection` ending in `extension`, sorted by name. */
function files(dir: string, collection: string, extension: string): string[] {
  const folder = join(dir, collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(folder, name));
}

/** Reads every collection of the content folder `dir`; paths are given relative to `root`. */
export function readContentFolder(dir: string, root: string): LoadedContent {
  const where = (path: string) => relative(root, path);
  const id = (path: string) => (path.split('/').pop() ?? path).replace(/\.\w+$/, '');
  const yaml = (path: string) => load(readFileSync(path, 'utf8'));
  return {
    articles: files(dir, 'articles', '.md').map((path) => {
      const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'), where(path));
      return { id: id(path), filePath: where(path), data: articleSchema.parse(data), body };
    }),
    glossary: files(dir, 'glossary', '.yaml').map((path) => ({ id: id(path), filePath: where(path), data: glossaryFileSchema.parse(yaml(path)) })),
    timeline: files(dir, 'timeline', '.yaml').map((path) => ({ id: id(path), filePath: where(path), data: timelineSchema.parse(yaml(path)) })),
    translations: files(dir, 'articles', '.en.yaml').map((path) => {
      const name = path.split('/').pop() ?? path;
      return { id: translationFile.exec(name)?.[1] ?? name, filePath: where(path), data: translationSchema.parse(yaml(path)) };
    }),
  };
}
