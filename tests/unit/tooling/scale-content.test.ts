/** The generated content of `npm run bench:scale` is valid, so the bench measures real builds. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { findProblems } from '../../../src/model/checks/index.ts';
import { generateContent } from '../../../src/tooling/scale-content.ts';
import { articleSchema } from '../../../src/model/schemas/article.ts';
import { glossarySchema } from '../../../src/model/schemas/glossary.ts';
import { timelineSchema } from '../../../src/model/schemas/timeline.ts';
import { readMarkdownFile } from '../../support/frontmatter.ts';
import { root } from '../../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'duiding-scale-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generated scale content', () => {
  const dir = join(work, 'content');
  const counts = generateContent(join(root, 'content'), dir, 5);
  const files = (folder: string) => readdirSync(join(dir, folder)).map((name) => ({ id: name.replace(/\.\w+$/, ''), filePath: join(dir, folder, name) }));

  test('passes every schema and cross-check, quotes included', () => {
    const articles = files('articles').map((file) => {
      const { data, body } = readMarkdownFile(file.filePath);
      return { ...file, data: articleSchema.parse(data), body };
    });
    const yaml = (folder: string, schema: typeof glossarySchema | typeof timelineSchema) =>
      files(folder).map((file) => ({ ...file, data: schema.parse(load(readFileSync(file.filePath, 'utf8'))) }));
    const content = { articles, glossary: yaml('glossary', glossarySchema), timeline: yaml('timeline', timelineSchema) } as Parameters<typeof findProblems>[0];
    expect(findProblems(content)).toEqual([]);
    expect(articles).toHaveLength(counts.articles);
    expect(content.timeline).toHaveLength(counts.events);
  });

  test('reads like the article: only its words, with glossary names and one sub-heading', () => {
    const { body } = readMarkdownFile(join(dir, 'articles', 'bericht-0003.md'));
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const real = new Set(words(readFileSync(join(root, 'content/articles/drones-moskou-witte-huis.md'), 'utf8')));
    expect(words(body).filter((word) => word !== '##' && !real.has(word))).toEqual([]);
    expect(body.match(/^## /gm)).toHaveLength(1);
    expect(body).toMatch(/Poetin|Washington|Kyiv|Moskou|Oekraïne/);
  });

  test('is the same for the same count', () => {
    const again = join(work, 'again');
    generateContent(join(root, 'content'), again, 5);
    expect(readFileSync(join(again, 'articles', 'bericht-0004.md'), 'utf8')).toBe(readFileSync(join(dir, 'articles', 'bericht-0004.md'), 'utf8'));
  });
});
