import type { Element, Root } from 'hast';

export interface Options {
  /** Each passage's text in the other language, by passage id. */
  texts: ReadonlyMap<string, string>;
  /** The language of those texts (`lang` of their paragraphs). */
  lang: string;
  /** The visible label that opens one, in the page's language ("Dutch original"). */
  label: string;
  /** Class of each disclosure. Default: `'counterpart'`. */
  className?: string;
}

/**
 * Follows each top-level paragraph that has an id with its counterpart in the other language, one
 * tap away and without JavaScript: `<details><summary>label</summary><p lang>…</p></details>`. The
 * counterpart is plain text with no id, so passage links, term links and evidence marks stay the
 * page's own. Without options (an article with no translation) the tree is left as it is.
 * Run after rehype-paragraph-ids (or on a translation's analysis, whose blocks carry their ids).
 */
export default function rehypeCounterparts(options?: Options) {
  return (tree: Root) => {
    if (!options) return;
    const className = options.className ?? 'counterpart';
    tree.children = tree.children.flatMap((node) => {
      if (node.type !== 'element' || node.tagName !== 'p') return [node];
      const text = options.texts.get(String(node.properties.id ?? ''));
      if (text === undefined) return [node];
      const details: Element = {
        type: 'element',
        tagName: 'details',
        properties: { className: [className], dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: options.label }] },
          { type: 'element', tagName: 'p', properties: { lang: options.lang }, children: [{ type: 'text', value: text }] },
        ],
      };
      return [node, { type: 'text', value: '\n' }, details];
    });
  };
}
