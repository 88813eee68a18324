/**
 * The article must be the source, word for word: the Markdown body's text (headings included, in
 * order) equals the source's text once whitespace is folded. A changed, dropped or added word fails,
 * and the diff shows which.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../../src/model/schemas/article.ts';
import { readMarkdownFile } from '../../support/frontmatter.ts';
import { articleFile, sourceArticle } from '../../support/paths.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const [firstLine = '', ...bodyLines] = readFileSync(sourceArticle, 'utf8').split('\n');
const { data, body } = readMarkdownFile(articleFile);
const tree = unified().use(remarkParse).parse(body) as Root;

describe('the article as stored', () => {
  test('its body has every word of the source, in order, and nothing else', () => {
    const stored = tree.children.map((block) => toString(block)).join(' ');
    expect(words(stored)).toEqual(words(bodyLines.join(' ')));
  });

  test('its blocks are the source\'s paragraphs, with the two sub-headings as headings', () => {
    const sourceBlocks = bodyLines.map((line) => line.trim()).filter(Boolean);
    expect(tree.children.map((block) => toString(block))).toEqual(sourceBlocks);
    expect(tree.children.filter((block) => block.type === 'heading').map((block) => toString(block))).toEqual([
      'Oekraïners betrokken bij aanval',
      'Russische reactie',
    ]);
  });

  test('its frontmatter keeps the source\'s date, caption and credit', () => {
    const article = articleSchema.parse(data);
    expect(article.published).toMatchObject({ iso: '2023-05', precision: 'month' });
    expect(article.lang).toBe('nl');
    expect(article.titleBy).toBe('site');
    expect(words(firstLine)).toEqual(words(`date ${article.published.iso} ${article.image?.caption} Beeld ${article.image?.credit}`));
  });
});
