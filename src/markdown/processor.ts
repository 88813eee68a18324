/**
 * The one Markdown pipeline, in two steps, for pages and tests alike:
 * 1. `analyseArticle` parses a body once (remark-parse → remark-markup-inventory → remark-rehype →
 *    rehype-paragraph-ids → rehype-evidence-marks → rehype-glossary-terms) into an analysis: the
 *    marked tree and everything the plugins found in it. The content model keeps one per article.
 *    `analyseTranslation` does the same for a translation, whose passages are plain text that
 *    already carry their originals' ids: the same marking plugins, with the translation's quotes
 *    and the glossary's English forms.
 * 2. `renderArticle` turns an analysis into HTML for one interface language: a copy of the tree,
 *    its links pointed at that language (rehype-link-targets), passage links added
 *    (rehype-passage-links), each paragraph's counterpart in the other language added
 *    (rehype-counterparts), stringified. Nothing is parsed again.
 */
import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { TermMatcher } from '../text/term-matcher.ts';
import rehypeCounterparts, { type Options as CounterpartOptions } from './rehype-counterparts.ts';
import rehypeEvidenceMarks, { type EvidenceMark, type EvidenceQuote } from './rehype-evidence-marks.ts';
import rehypeFormerIds from './rehype-former-ids.ts';
import rehypeGlossaryTerms, { type GlossaryMention } from './rehype-glossary-terms.ts';
import rehypeLinkTargets from './rehype-link-targets.ts';
import rehypeParagraphIds, { type Passage } from './rehype-paragraph-ids.ts';
import rehypePassageLinks from './rehype-passage-links.ts';
import remarkMarkupInventory, { type MarkupInventory } from './remark-markup-inventory.ts';

export interface AnalysisOptions {
  /** The glossary, compiled once per build (src/text/term-matcher.ts). */
  glossary: TermMatcher;
  /** The quotes of the timeline events that cite this article. */
  quotes: readonly EvidenceQuote[];
}

/** One article body, parsed and marked once, with what the plugins found in it. */
export interface ArticleAnalysis {
  /** The marked tree; its links get their targets per language in `renderArticle`. */
  tree: Root;
  /** The blocks with their ids and text (what search indexes and passage links point at). */
  passages: Passage[];
  /** Every marked glossary mention, in document order, with its offsets in its passage. */
  mentions: GlossaryMention[];
  /** Glossary ids in order of first mention (the print endnotes). */
  notes: string[];
  /** The quotes found and marked. */
  evidence: EvidenceMark[];
  /** Ids of the events whose quote is not in the text. */
  missingQuotes: string[];
  /** Raw HTML and links, with their lines in the body. */
  markup: MarkupInventory;
}

export interface RenderOptions {
  /** Accessible name of each paragraph's "link to this passage" anchor, in the page's language. */
  passageLinkLabel: string;
  /** The glossary page of an entry, in the page's language. */
  glossaryHref: (id: string) => string;
  /** Where a marked quote links to: its event. */
  eventHref: (id: string) => string;
  /** Accessible name of that link, in the page's language. */
  eventLinkLabel: (id: string) => string;
  /** Each paragraph's text in the other language, shown on demand beside it. */
  counterparts?: CounterpartOptions | undefined;
  /** Passage ids the article published and no longer has, kept as anchors on their successors: `{ old: new }`. */
  formerIds?: Readonly<Record<string, string>> | undefined;
}

/** Link targets are set per language by `renderArticle`; the analysis leaves them empty. */
const later = () => '';

/** Parses and marks an article body once. Raw HTML is never passed through (and the content checks reject it). */
export function analyseArticle(markdown: string, options: AnalysisOptions): ArticleAnalysis {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMarkupInventory)
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(rehypeEvidenceMarks, { quotes: options.quotes, href: later, linkLabel: later })
    .use(rehypeGlossaryTerms, { matcher: options.glossary, href: later });
  const file = new VFile(markdown);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return analysis(tree, file, options);
}

/** A translated passage: the id and element of its original, and its own plain text. */
export interface TranslatedPassage {
  id: string;
  tagName: string;
  text: string;
}

/**
 * Marks a translation once, like an original: its passages become blocks with their originals'
 * ids (the text stays text: no Markdown, no HTML), then the evidence and glossary plugins run.
 */
export function analyseTranslation(passages: readonly TranslatedPassage[], options: AnalysisOptions): ArticleAnalysis {
  const blocks = passages.map((passage): Element => ({ type: 'element', tagName: passage.tagName, properties: { id: passage.id }, children: [{ type: 'text', value: passage.text }] }));
  const tree: Root = { type: 'root', children: blocks.flatMap((block, index) => (index === 0 ? [block] : [{ type: 'text', value: '\n' }, block])) };
  const processor = unified()
    .use(rehypeEvidenceMarks, { quotes: options.quotes, href: later, linkLabel: later })
    .use(rehypeGlossaryTerms, { matcher: options.glossary, href: later });
  const file = new VFile();
  file.data.passages = passages.map(({ id, tagName, text }) => ({ id, tagName, text }));
  return analysis(processor.runSync(tree, file) as Root, file, options);
}

/** What the plugins recorded on `file`, with the quotes they did not find. */
function analysis(tree: Root, file: VFile, options: AnalysisOptions): ArticleAnalysis {
  const evidence = file.data.evidence ?? [];
  const found = new Set(evidence.map((mark) => mark.event));
  return {
    tree,
    passages: file.data.passages ?? [],
    mentions: file.data.glossaryMentions ?? [],
    notes: file.data.glossaryNotes ?? [],
    evidence,
    missingQuotes: options.quotes.filter((quote) => !found.has(quote.id)).map((quote) => quote.id),
    markup: file.data.markup ?? { html: [], links: [] },
  };
}

/** An analysed article as HTML for one interface language. The analysis is left as it was. */
export function renderArticle(analysis: ArticleAnalysis, options: RenderOptions): string {
  const processor = unified()
    .use(rehypeLinkTargets, { termHref: options.glossaryHref, eventHref: options.eventHref, eventLabel: options.eventLinkLabel })
    .use(rehypePassageLinks, { label: options.passageLinkLabel })
    .use(rehypeCounterparts, options.counterparts)
    .use(rehypeFormerIds, { formerIds: options.formerIds ?? {} })
    .use(rehypeStringify);
  return processor.stringify(processor.runSync(structuredClone(analysis.tree)) as Root);
}
