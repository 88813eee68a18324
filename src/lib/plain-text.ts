import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** The text a reader sees in a Markdown body, blocks separated by a blank line, without its syntax. */
export function plainText(markdown: string): string {
  return fromMarkdown(markdown)
    .children.map((block) => toString(block))
    .join('\n\n');
}
