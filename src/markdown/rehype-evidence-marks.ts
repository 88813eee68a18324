import type { Element, ElementContent, ElementData, Parents, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { quoteFinder, type QuoteFinder, type QuoteRange } from '../text/quote-matcher.ts';

/** A timeline event's evidence: the exact words of the article that mention it. */
export interface EvidenceQuote {
  /** The event id. */
  id: string;
  quote: string;
}

export interface Options {
  /** The quotes to mark in this document. Required (may be empty). */
  quotes: readonly EvidenceQuote[];
  /** Where the link after a marked quote goes: the event (e.g. `#event-<id>`). Required. */
  href: (id: string) => string;
  /** Accessible name of that link, in the page's language (e.g. "On the timeline: …"). Required. */
  linkLabel: (id: string) => string;
  /** Class of the marks. Default: `'evidence'`; the link gets `<className>-link`. */
  className?: string;
  /** Prefix of the id of each quote's first mark (`quote-<event id>`). Default: `'quote-'`. */
  idPrefix?: string;
}

/** A marked quote, as recorded on `file.data.evidence`. */
export interface EvidenceMark {
  event: string;
  /** Id of the block (paragraph) that holds the quote. */
  passage?: string;
}

declare module 'hast' {
  interface ElementData {
    /** On the link after a marked quote: the event it leads to, so its target can be set per language later. */
    evidenceEvent?: string;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The quotes that were found and marked, in the order given. */
    evidence: EvidenceMark[];
  }
}

interface Piece {
  node: Text;
  parent: Parents;
  start: number;
}

/**
 * Marks where each timeline event's quote stands in the article (`<mark class="evidence">`, the
 * first one with `id="quote-<event>"`) and follows it with a link to the event. A quote may cross
 * emphasis or other inline elements: each text piece is wrapped on its own, so nesting stays valid.
 * Quotes are compared as a reader would (src/text/quote-matcher.ts); one that is not found is
 * skipped here and reported by the build's checks (src/model/checks/timeline-quotes.ts).
 * The link records its event in the node's `data`, so rehype-link-targets can retarget it.
 * Run after rehype-paragraph-ids and before rehype-glossary-terms.
 */
export default function rehypeEvidenceMarks(options: Options) {
  if (!options?.quotes || typeof options.href !== 'function' || typeof options.linkLabel !== 'function') {
    throw new TypeError('rehype-evidence-marks: the "quotes", "href" and "linkLabel" options are required.');
  }
  const className = options.className ?? 'evidence';
  const idPrefix = options.idPrefix ?? 'quote-';

  return (tree: Root, file: VFile) => {
    const marked: EvidenceMark[] = [];
    const blocks = tree.children.filter((node): node is Element => node.type === 'element');
    // Each block's text is read once for all the quotes, and again only after a quote was marked in
    // it (marking splits its text nodes).
    const read = new Map<Element, { pieces: Piece[]; find: QuoteFinder }>();
    const blockText = (block: Element) => {
      let known = read.get(block);
      if (!known) {
        const pieces: Piece[] = [];
        let text = '';
        visitParents(block, 'text', (node: Text, ancestors) => {
          pieces.push({ node, parent: ancestors.at(-1) as Parents, start: text.length });
          text += node.value;
        });
        read.set(block, (known = { pieces, find: quoteFinder(text) }));
      }
      return known;
    };
    for (const { id, quote } of options.quotes) {
      for (const block of blocks) {
        const { pieces, find } = blockText(block);
        const found = find(quote);
        if (!found) continue;
        wrap(pieces, found, id);
        read.delete(block);
        marked.push({ event: id, ...(block.properties.id ? { passage: String(block.properties.id) } : {}) });
        break;
      }
    }
    file.data.evidence = marked;
  };

  function wrap(pieces: Piece[], range: QuoteRange, id: string) {
    const inside = pieces.filter((piece) => piece.start < range.end && piece.start + piece.node.value.length > range.start);
    inside.forEach((piece, index) => {
      const from = Math.max(range.start - piece.start, 0);
      const to = Math.min(range.end - piece.start, piece.node.value.length);
      const mark: Element = {
        type: 'element',
        tagName: 'mark',
        properties: { className: [className], dataEvent: id, ...(index === 0 ? { id: `${idPrefix}${id}` } : {}) },
        children: [{ type: 'text', value: piece.node.value.slice(from, to) }],
      };
      const replacement: ElementContent[] = [];
      if (from > 0) replacement.push({ type: 'text', value: piece.node.value.slice(0, from) });
      replacement.push(mark);
      if (index === inside.length - 1) {
        replacement.push({
          type: 'element',
          tagName: 'a',
          properties: { className: [`${className}-link`], href: options.href(id), ariaLabel: options.linkLabel(id), dataPagefindIgnore: '' },
          children: [],
          // A cast: hast-util-from-parse5 declares `position` required on ElementData, though only its verbose HTML parsing sets it.
          data: { evidenceEvent: id } as ElementData,
        });
      }
      if (to < piece.node.value.length) replacement.push({ type: 'text', value: piece.node.value.slice(to) });
      const siblings = piece.parent.children as ElementContent[];
      siblings.splice(siblings.indexOf(piece.node), 1, ...replacement);
    });
  }
}
