import type { ArticleAnalysis } from '../../markdown/processor.ts';
import type { Article, Problem } from '../types.ts';

/** Where a link in an article may go: the web, mail, or this site (relative paths and #anchors). */
const safeProtocols = new Set(['http:', 'https:', 'mailto:']);

/** The protocol a browser would give the URL, relative ones resolved against this site. */
function protocolOf(url: string): string {
  try {
    return new URL(url, 'https://duiding.invalid/').protocol;
  } catch {
    return 'invalid:';
  }
}

/**
 * An article body is text with Markdown's own markup only. Raw HTML would be dropped by the
 * renderer, losing words; a `javascript:` or `data:` link would be a link that runs. Both fail the
 * build, with the line and the fix, rather than being published half-way. Reads what the analysis
 * listed (src/markdown/remark-markup-inventory.ts); the body's lines are the file's.
 */
export function checkArticleBodyMarkup(articles: readonly Article[], analyses: ReadonlyMap<string, ArticleAnalysis>): Problem[] {
  return articles.flatMap((article) => {
    const markup = analyses.get(article.id)?.markup;
    if (!markup) return [];
    const found = [
      ...markup.html.map(({ tag, line }) => ({
        line,
        message: `raw HTML (${tag}…>) is never published. If it is part of the text, escape the "<" as "\\<" or put it between backticks.`,
      })),
      ...markup.links.flatMap(({ url, label, line }) => {
        const protocol = protocolOf(url);
        if (safeProtocols.has(protocol)) return [];
        return [{ line, message: `the link ${label} is a "${protocol}" link, which could run code. Link to an http:// or https:// address, a mailto: address or a page of this site.` }];
      }),
    ];
    // In the order an editor meets them in the file.
    return found
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map(({ line, message }) => ({ file: article.filePath, field: line === undefined ? 'body' : `body (line ${line})`, message }));
  });
}
