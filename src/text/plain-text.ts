import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** The text a reader sees in each block (paragraph, heading …) of a Markdown body, without its syntax. */
export function plainBlocks(markdown: string): string[] {
  return fromMarkdown(markdown).children.map((block) => toString(block));
}

/** The text a reader sees in a Markdown body, blocks separated by a blank line. */
export function plainText(markdown: string): string {
  return plainBlocks(markdown).join('\n\n');
}
