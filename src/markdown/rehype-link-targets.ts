import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type {} from './rehype-evidence-marks.ts';
import type {} from './rehype-glossary-terms.ts';

export interface Options {
  /** Where a term link goes (its glossary page in the page's language). Required. */
  termHref: (id: string) => string;
  /** Where the link after a marked quote goes (its event). Required. */
  eventHref: (id: string) => string;
  /** Accessible name of that link, in the page's language. Required. */
  eventLabel: (id: string) => string;
}

/**
 * Points the links that rehype-glossary-terms and rehype-evidence-marks made at one interface
 * language: each term link at its glossary page, each quote's link at its event, with its label.
 * The links are found by the id they carry in their node's `data`, so an article is analysed once
 * and only this cheap pass runs again for each language (on a copy of the tree).
 */
export default function rehypeLinkTargets(options: Options) {
  if (typeof options?.termHref !== 'function' || typeof options.eventHref !== 'function' || typeof options.eventLabel !== 'function') {
    throw new TypeError('rehype-link-targets: the "termHref", "eventHref" and "eventLabel" options are required.');
  }
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const { glossaryTerm, evidenceEvent } = node.data ?? {};
      // Assigning to existing keys keeps the attributes in the order the marking plugins wrote them.
      if (glossaryTerm) node.properties.href = options.termHref(glossaryTerm);
      if (evidenceEvent) {
        node.properties.href = options.eventHref(evidenceEvent);
        node.properties.ariaLabel = options.eventLabel(evidenceEvent);
        // The same name as a tooltip: ◷ alone says nothing to a sighted reader.
        node.properties.title = node.properties.ariaLabel;
      }
    });
  };
}
