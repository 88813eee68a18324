import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { ArticleData } from '../schemas/article.ts';
import type { Entry, Problem } from '../types.ts';

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
 * build, with the line and the fix, rather than being published half-way.
 */
export function checkArticleBodyMarkup(articles: readonly Entry<ArticleData>[]): Problem[] {
  const problems: Problem[] = [];
  for (const article of articles) {
    visit(fromMarkdown(article.body ?? ''), (node) => {
      // Lines are counted in the file, frontmatter included, so an editor can go straight there.
      const line = node.position ? `body (line ${node.position.start.line + (article.bodyStartLine ?? 1) - 1})` : 'body';
      // Only the tag or the protocol is quoted: the rest is someone else's code, not worth repeating.
      if (node.type === 'html') {
        const tag = /^<\/?[a-z][\w-]*/i.exec(node.value)?.[0] ?? node.value.slice(0, 12);
        problems.push({
          file: article.filePath,
          field: line,
          message: `raw HTML (${tag}…>) is never published. If it is part of the text, escape the "<" as "\\<" or put it between backticks.`,
        });
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const protocol = protocolOf((node as Pick<Link, 'url'>).url);
        if (!safeProtocols.has(protocol)) {
          const name = node.type === 'definition' ? `[${node.label ?? node.identifier}]` : `"${toString(node)}"`;
          problems.push({
            file: article.filePath,
            field: line,
            message: `the link ${name} is a "${protocol}" link, which could run code. Link to an http:// or https:// address, a mailto: address or a page of this site.`,
          });
        }
      }
    });
  }
  return problems;
}
