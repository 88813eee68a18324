import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../../src/model/article-loader.ts';

/** Splits a Markdown file into its YAML frontmatter and its body, as the articles' loader does. */
export function readMarkdownFile(path: string): { data: unknown; body: string } {
  return splitFrontmatter(readFileSync(path, 'utf8'), path);
}
