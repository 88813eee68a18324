import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Passage ids the article published and no longer has, each with the id of its successor: `{ old: new }`. */
  formerIds?: Readonly<Record<string, string>>;
}

/**
 * Keeps a passage's former ids working: for each `{ old: new }`, the element with id `new` gets an
 * empty `<span id="old">` as its first child, so a shared `#old` link opens on the paragraph that
 * succeeds it (a correction to a paragraph's first words changes its id; see
 * rehype-paragraph-ids). The span holds no text, so the paragraph reads, copies and indexes as
 * before. Run after rehype-paragraph-ids; a successor that is not in the tree is left to the
 * content checks.
 */
export default function rehypeFormerIds(options: Options = {}) {
  const bySuccessor = new Map<string, string[]>();
  for (const [old, successor] of Object.entries(options.formerIds ?? {})) bySuccessor.set(successor, [...(bySuccessor.get(successor) ?? []), old]);

  return (tree: Root) => {
    if (bySuccessor.size === 0) return;
    visit(tree, 'element', (node: Element) => {
      const formers = node.properties.id === undefined ? undefined : bySuccessor.get(String(node.properties.id));
      if (!formers) return;
      const anchors: Element[] = formers.map((id) => ({ type: 'element', tagName: 'span', properties: { id, className: ['former-id'] }, children: [] }));
      node.children.unshift(...anchors);
    });
  };
}
