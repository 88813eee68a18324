/**
 * The one Markdown pipeline: article pages and tests render through it alike.
 * remark-parse → remark-rehype → the project's rehype plugins, in order → HTML.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { AliasSource } from '../lib/term-matcher.ts';
import rehypeGlossaryTerms, { type GlossaryMention } from './rehype-glossary-terms.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypePassageLinks from './rehype-passage-links.ts';

export interface ArticleProcessorOptions {
  /** Accessible name of each paragraph's "link to this passage" anchor, in the page's language. */
  passageLinkLabel: string;
  /** The glossary entries whose mentions are marked. */
  glossary: readonly AliasSource[];
  /** The glossary page of an entry, in the page's language. */
  glossaryHref: (id: string) => string;
}

export interface RenderedArticle {
  html: string;
  /** Every marked glossary mention, in document order. */
  mentions: GlossaryMention[];
  /** Glossary ids in order of first mention (the print endnotes). */
  notes: string[];
}

/**
 * A processor for article bodies; create one per language and reuse it, so the glossary matcher is
 * compiled once. Raw HTML in Markdown is dropped, never passed through.
 */
export function createArticleProcessor(options: ArticleProcessorOptions) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(rehypeGlossaryTerms, { terms: options.glossary, href: options.glossaryHref })
    .use(rehypePassageLinks, { label: options.passageLinkLabel })
    .use(rehypeStringify)
    .freeze();

  return async (markdown: string): Promise<RenderedArticle> => {
    const file = await processor.process(markdown);
    return { html: String(file), mentions: file.data.glossaryMentions ?? [], notes: file.data.glossaryNotes ?? [] };
  };
}
