import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What markup a Markdown body holds beyond text, as recorded on `file.data.markup`. */
export interface MarkupInventory {
  /** Raw HTML, which is never published: its opening tag (`<script`) and line. */
  html: { tag: string; line: number | undefined }[];
  /** Links, images and link definitions: where they go, what they say, and their line. */
  links: { url: string; label: string; line: number | undefined }[];
}

declare module 'vfile' {
  interface DataMap {
    markup: MarkupInventory;
  }
}

/**
 * Lists the raw HTML and the links of a Markdown body, with their lines, before remark-rehype
 * drops the HTML. It judges nothing: the content checks decide what may be published
 * (src/model/checks/article-body-markup.ts). Lines count from the body's first line.
 */
export default function remarkMarkupInventory() {
  return (tree: Root, file: VFile) => {
    const markup: MarkupInventory = { html: [], links: [] };
    visit(tree, (node) => {
      const line = node.position?.start.line;
      // Only the tag is kept: the rest is someone else's code, not worth repeating in a message.
      if (node.type === 'html') markup.html.push({ tag: /^<\/?[a-z][\w-]*/i.exec(node.value)?.[0] ?? node.value.slice(0, 12), line });
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const label = node.type === 'definition' ? `[${node.label ?? node.identifier}]` : `"${toString(node)}"`;
        markup.links.push({ url: (node as Pick<Link, 'url'>).url, label, line });
      }
    });
    file.data.markup = markup;
  };
}
