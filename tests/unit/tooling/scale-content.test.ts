/** The generated content of `npm run bench:scale` is valid, so the bench measures real builds. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createModel } from '../../../src/model/create-model.ts';
import { generateContent } from '../../../src/tooling/scale-content.ts';
import { readContent } from '../../support/content.ts';
import { readMarkdownFile } from '../../support/frontmatter.ts';
import { root } from '../../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'duiding-scale-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generated scale content', () => {
  const dir = join(work, 'content');
  const counts = generateContent(join(root, 'content'), dir, 5);

  test('passes every schema and cross-check, quotes included', () => {
    const content = readContent(undefined, dir);
    const model = createModel(content);
    expect(content.articles).toHaveLength(counts.articles);
    expect(content.timeline).toHaveLength(counts.events);
    expect([...model.analysisByArticle.values()].flatMap((analysis) => analysis.missingQuotes)).toEqual([]);
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
