/**
 * The one Markdown pipeline: article pages and tests render through it alike.
 * remark-parse → remark-rehype → the project's rehype plugins, in order → HTML.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypePassageLinks from './rehype-passage-links.ts';

export interface ArticleProcessorOptions {
  /** Accessible name of each paragraph's "link to this passage" anchor, in the page's language. */
  passageLinkLabel: string;
}

/** A processor for article bodies. Raw HTML in Markdown is dropped, never passed through. */
export function createArticleProcessor(options: ArticleProcessorOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(rehypePassageLinks, { label: options.passageLinkLabel })
    .use(rehypeStringify);
}

/** Renders an article body to HTML. */
export async function renderArticle(markdown: string, options: ArticleProcessorOptions): Promise<string> {
  return String(await createArticleProcessor(options).process(markdown));
}
