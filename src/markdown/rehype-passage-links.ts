import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export interface Options {
  /** Accessible name of each link, in the page's language. Required. */
  label: string;
  /** Class of the link, for styling. Default: `'passage-link'`. */
  className?: string;
}

/**
 * Appends to every paragraph that has an id a small "link to this passage" anchor (`#id`). The
 * anchor holds no text: its symbol is drawn by CSS and its name (and tooltip) comes from `label`, so the
 * paragraph's text, as copied, read aloud or indexed, stays the article's own.
 * Run after rehype-paragraph-ids.
 */
export default function rehypePassageLinks(options: Options) {
  if (!options?.label) throw new TypeError('rehype-passage-links: the "label" option (the link\'s accessible name) is required.');
  const className = options.className ?? 'passage-link';

  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'p' || !node.properties.id) return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: [className], href: `#${node.properties.id}`, ariaLabel: options.label, title: options.label, dataPagefindIgnore: '' },
        children: [],
      });
      return SKIP;
    });
  };
}
