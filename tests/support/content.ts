/**
 * Content read from folders the way the build reads it (each file through its collection's schema),
 * without Astro: for unit tests of the content model. `overlay` lays a fixture's files over the
 * real content, as tests/fixtures/bad-content/ cases expect.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { ledgerFile, parseLedger } from '../../src/model/published-ledger.ts';
import { articleSchema } from '../../src/model/schemas/article.ts';
import { glossarySchema } from '../../src/model/schemas/glossary.ts';
import { timelineSchema } from '../../src/model/schemas/timeline.ts';
import { translationFile, translationSchema } from '../../src/model/schemas/translation.ts';
import type { Content, TimelineEvent } from '../../src/model/types.ts';
import { readMarkdownFile } from './frontmatter.ts';
import { root } from './paths.ts';

/** The files of one collection, by file name; an overlay's files replace or add to the content's. */
function files(collection: string, extension: string, folders: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of folders) {
    const dir = join(folder, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith(extension))) found.set(name, join(dir, name));
  }
  return found;
}

/** The content of `dir` (default: the real content), with `overlay`'s files laid over it; the overlay's ledger (published.json), if it has one, replaces the content's. */
export function readContent(overlay?: string, dir = join(root, 'content')): Content {
  const folders = [dir, ...(overlay ? [overlay] : [])];
  const id = (name: string) => name.replace(/\.\w+$/, '');
  const where = (path: string) => relative(root, path);
  return {
    articles: [...files('articles', '.md', folders)].map(([name, path]) => {
      const { data, body } = readMarkdownFile(path);
      return { id: id(name), filePath: where(path), data: articleSchema.parse(data), body };
    }),
    glossary: [...files('glossary', '.yaml', folders)].map(([name, path]) => ({ id: id(name), filePath: where(path), data: glossarySchema.parse(load(readFileSync(path, 'utf8'))) })),
    timeline: [...files('timeline', '.yaml', folders)].map(([name, path]) => ({ id: id(name), filePath: where(path), data: timelineSchema.parse(load(readFileSync(path, 'utf8'))) })),
    translations: [...files('articles', '.en.yaml', folders)].map(([name, path]) => ({
      id: translationFile.exec(name)?.[1] ?? name,
      filePath: where(path),
      data: translationSchema.parse(load(readFileSync(path, 'utf8'))),
    })),
    published: [...folders]
      .reverse()
      .map((folder) => join(folder, ledgerFile))
      .filter((path) => existsSync(path))
      .map((path) => ({ file: where(path), ledger: parseLedger(readFileSync(path, 'utf8'), where(path)) }))[0],
  };
}

/**
 * One timeline event as the model holds it, from the fields a test cares about; the rest are
 * filled in (dated 30 May 2023, titled by its id, from a named outside source unless it has
 * evidence). For unit tests of the checks and of the timeline's order.
 */
export function timelineEvent(id: string, fields: Record<string, unknown> = {}): TimelineEvent {
  const data = { date: '2023-05-30', title: { nl: id, en: id }, annotation: { nl: id, en: id }, ...(fields.evidence ? {} : { source: { name: 'Test' } }), ...fields };
  return { id, filePath: `content/timeline/${id}.yaml`, data: timelineSchema.parse(data) };
}
