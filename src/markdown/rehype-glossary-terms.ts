import type { Element, ElementContent, ElementData, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { type AliasSource, compileTermMatcher, type TermMatcher } from '../text/term-matcher.ts';

export interface Options {
  /** The glossary: each entry's id, the aliases to mark, and whether they match case. */
  terms?: readonly AliasSource[];
  /** The same glossary already compiled, to share one matcher between processors. One of the two is required. */
  matcher?: TermMatcher;
  /** Where a term links to without JavaScript (its glossary page). Required. */
  href: (id: string) => string;
  /** Class of each marked term. Default: `'term'`. */
  className?: string;
  /** Elements whose text is never marked. Default: headings, links, code, buttons, scripts. */
  ignore?: readonly string[];
  /**
   * Class of a later mention of an entry in the same section, which is plain text (a `<span>`, not a
   * link) that the page can upgrade to a link on demand. Default: `'term-repeat'`.
   */
  repeatClassName?: string;
}

/** One marked mention, as recorded on `file.data.glossaryMentions`. */
export interface GlossaryMention {
  /** The glossary id. */
  term: string;
  /** The alias it matched, as the entry writes it ("Atacms"). */
  alias: string;
  /** The mention as written ("Atacms-raket"). */
  text: string;
  /** False for the entry's first mention in its section (a link), true for later ones (plain text). */
  repeat: boolean;
  /** Id of the passage (the outermost ancestor with an id, not a quote mark inside it) that holds it, if any. */
  passage?: string;
  /** That passage's whole text, for quoting it elsewhere. */
  passageText?: string;
  /** Where the mention stands in `passageText`: `passageText.slice(start, end) === text`. */
  start?: number;
  end?: number;
}

declare module 'hast' {
  interface ElementData {
    /** On a term link: the glossary id it stands for, so its target can be set per language later. */
    glossaryTerm?: string;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Every marked mention, in document order. */
    glossaryMentions: GlossaryMention[];
    /** Glossary ids in order of first mention; a term's endnote number is its index + 1. */
    glossaryNotes: string[];
  }
}

const defaultIgnore = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'button', 'script', 'style', 'svg'];

/**
 * Marks the mentions of glossary entries, reading first, as Wikipedia links a term once: an entry's
 * first mention in each section (the text up to the next heading) becomes a link to the entry
 * (`<a class="term" data-term="atacms" data-note="2">`), which a small script upgrades to open the
 * entry's card; its later mentions in that section stay plain text, in a `<span class="term-repeat"
 * data-term="atacms">` that the page can upgrade to a link (src/scripts/annotations.ts: "show all
 * annotations", and the paragraph a passage link lands on). Every mention is recorded.
 *
 * Each link records its entry in the node's `data`, so rehype-link-targets can retarget it.
 * Never marks inside headings, links, code or another term. Run after rehype-paragraph-ids, so
 * each mention knows its passage.
 */
export default function rehypeGlossaryTerms(options: Options) {
  if (!(options?.terms || options?.matcher) || typeof options.href !== 'function') {
    throw new TypeError('rehype-glossary-terms: the "terms" (or a compiled "matcher") and "href" (id → URL) options are required.');
  }
  const matcher = options.matcher ?? compileTermMatcher(options.terms ?? []);
  const className = options.className ?? 'term';
  const repeatClassName = options.repeatClassName ?? 'term-repeat';
  const ignore = new Set(options.ignore ?? defaultIgnore);
  const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

  return (tree: Root, file: VFile) => {
    const mentions: GlossaryMention[] = [];
    const notes: string[] = [];
    const passageTexts = new Map<Element, string>();
    // Where each text node starts in its passage's text, counted before any node is split.
    const textStarts = new Map<Text, number>();
    // The entries linked in the current section; a heading starts a new one.
    const linked = new Set<string>();

    visitParents(tree, (node, ancestors) => {
      if (node.type === 'element' && headings.has(node.tagName)) linked.clear();
      if (node.type !== 'text') return;
      if (ancestors.some((ancestor) => ancestor.type === 'element' && ignore.has(ancestor.tagName))) return;
      const matches = matcher.find(node.value);
      const parent = ancestors.at(-1);
      if (matches.length === 0 || !parent || !('children' in parent)) return;

      const passage = ancestors.find((ancestor): ancestor is Element => ancestor.type === 'element' && Boolean(ancestor.properties.id));
      if (passage && !passageTexts.has(passage)) {
        passageTexts.set(passage, toString(passage));
        let offset = 0;
        visitParents(passage, 'text', (text: Text) => {
          textStarts.set(text, offset);
          offset += text.value.length;
        });
      }
      const nodeStart = textStarts.get(node);

      const replacement: ElementContent[] = [];
      let last = 0;
      for (const match of matches) {
        if (match.start > last) replacement.push({ type: 'text', value: node.value.slice(last, match.start) });
        const text = node.value.slice(match.start, match.end);
        if (!notes.includes(match.id)) notes.push(match.id);
        const repeat = linked.has(match.id);
        linked.add(match.id);
        replacement.push(
          repeat
            ? { type: 'element', tagName: 'span', properties: { className: [repeatClassName], dataTerm: match.id }, children: [{ type: 'text', value: text }] }
            : {
                type: 'element',
                tagName: 'a',
                properties: { className: [className], href: options.href(match.id), dataTerm: match.id, dataNote: notes.indexOf(match.id) + 1 },
                children: [{ type: 'text', value: text }],
                // A cast: hast-util-from-parse5 declares `position` required on ElementData, though only its verbose HTML parsing sets it.
                data: { glossaryTerm: match.id } as ElementData,
              },
        );
        mentions.push({
          term: match.id,
          alias: match.alias,
          text,
          repeat,
          ...(passage ? { passage: String(passage.properties.id), passageText: passageTexts.get(passage) as string } : {}),
          ...(nodeStart === undefined ? {} : { start: nodeStart + match.start, end: nodeStart + match.end }),
        });
        last = match.end;
      }
      if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });

      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...replacement);
      // Skip what was inserted: the new links' text must not be matched again.
      return [SKIP, index + replacement.length];
    });

    file.data.glossaryMentions = mentions;
    file.data.glossaryNotes = notes;
  };
}
