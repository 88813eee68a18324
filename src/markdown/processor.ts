/**
 * The one Markdown pipeline: article pages and tests render through it alike.
 * remark-parse → remark-rehype → the project's rehype plugins, in order → HTML.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { TermMatcher } from '../text/term-matcher.ts';
import rehypeEvidenceMarks, { type EvidenceMark, type EvidenceQuote } from './rehype-evidence-marks.ts';
import rehypeGlossaryTerms, { type GlossaryMention } from './rehype-glossary-terms.ts';
import rehypeParagraphIds, { type Passage } from './rehype-paragraph-ids.ts';
import rehypePassageLinks from './rehype-passage-links.ts';

export interface ArticleProcessorOptions {
  /** Accessible name of each paragraph's "link to this passage" anchor, in the page's language. */
  passageLinkLabel: string;
  /** The glossary, compiled once per build (src/text/term-matcher.ts). */
  glossary: TermMatcher;
  /** The glossary page of an entry, in the page's language. */
  glossaryHref: (id: string) => string;
  /** The quotes of the timeline events this article mentions. */
  quotes: readonly EvidenceQuote[];
  /** Where a marked quote links to: its event. */
  eventHref: (id: string) => string;
  /** Accessible name of that link, in the page's language. */
  eventLinkLabel: (id: string) => string;
}

export interface RenderedArticle {
  html: string;
  /** Every marked glossary mention, in document order. */
  mentions: GlossaryMention[];
  /** Glossary ids in order of first mention (the print endnotes). */
  notes: string[];
  /** The timeline quotes found and marked. */
  evidence: EvidenceMark[];
  /** The blocks with their ids and text, for search. */
  passages: Passage[];
}

/** A processor for one article body. Raw HTML is never passed through (and the content checks reject it). */
export function createArticleProcessor(options: ArticleProcessorOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(rehypeEvidenceMarks, { quotes: options.quotes, href: options.eventHref, linkLabel: options.eventLinkLabel })
    .use(rehypeGlossaryTerms, { matcher: options.glossary, href: options.glossaryHref })
    .use(rehypePassageLinks, { label: options.passageLinkLabel })
    .use(rehypeStringify)
    .freeze();
}

/** Renders an article body to HTML, with what the plugins found in it. */
export async function renderArticleBody(markdown: string, options: ArticleProcessorOptions): Promise<RenderedArticle> {
  const file = await createArticleProcessor(options).process(markdown);
  return {
    html: String(file),
    mentions: file.data.glossaryMentions ?? [],
    notes: file.data.glossaryNotes ?? [],
    evidence: file.data.evidence ?? [],
    passages: file.data.passages ?? [],
  };
}
