/** The generated content of `npm run bench:scale` is valid and carries what a real article carries. */
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
  const counts = generateContent(join(root, 'content'), dir, 60);
  const content = readContent(undefined, dir);
  const model = createModel(content);

  test('passes every schema and cross-check, quotes and translations included', () => {
    expect(content.articles).toHaveLength(counts.articles);
    expect(content.timeline).toHaveLength(counts.events);
    expect(content.glossary).toHaveLength(counts.glossary);
    expect([...model.analysisByArticle.values()].flatMap((analysis) => analysis.missingQuotes)).toEqual([]);
    expect([...model.translationByArticle.values()].flatMap(({ analysis }) => analysis.missingQuotes)).toEqual([]);
  });

  test('gives every article an English translation and an event quoting it in both languages', () => {
    expect(model.translationByArticle.size).toBe(counts.articles);
    const event = content.timeline.find((candidate) => candidate.id.endsWith('bericht-0007'));
    expect(event?.data.evidence?.translation).toBeTruthy();
    expect(model.eventsByArticle.get('bericht-0007')).toHaveLength(1);
  });

  test('names a generated glossary entry in each article, with a dated fact sourced to it', () => {
    const entry = model.entryById.get('waarnemersgroep-0002');
    expect(entry?.data.facts.filter((fact) => fact.asOf)).toHaveLength(10);
    expect(entry?.data.facts.map((fact) => fact.source)).toContainEqual({ article: 'bericht-0051' });
    expect(model.mentionsByEntry.nl.get('waarnemersgroep-0002')).toHaveLength(10);
    expect(model.mentionsByEntry.en.get('waarnemersgroep-0002')).toHaveLength(10);
  });

  test('reads like the article: its words, the entry sentence, glossary names and one sub-heading', () => {
    const { body } = readMarkdownFile(join(dir, 'articles', 'bericht-0003.md'));
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const real = new Set([...words(readFileSync(join(root, 'content/articles/drones-moskou-witte-huis.md'), 'utf8')), ...words('De Waarnemersgroep 0001 bevestigde dat.')]);
    expect(words(body).filter((word) => word !== '##' && !real.has(word))).toEqual([]);
    expect(body.match(/^## /gm)).toHaveLength(1);
    expect(body).toMatch(/Poetin|Washington|Kyiv|Moskou|Oekraïne/);
  });

  test('is the same for the same count', () => {
    const again = join(work, 'again');
    generateContent(join(root, 'content'), again, 60);
    for (const file of ['articles/bericht-0004.md', 'articles/bericht-0004.en.yaml', 'glossary/waarnemersgroep-0001.yaml']) {
      expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(dir, file), 'utf8'));
    }
  });
});
