import type { Article, Problem } from '../types.ts';

/** An article needs text below its frontmatter: an empty body would publish a page with only a headline. */
export function checkArticleBodyNotEmpty(articles: readonly Article[]): Problem[] {
  return articles
    .filter((article) => !article.body.trim())
    .map((article) => ({
      file: article.filePath,
      field: 'body',
      message: 'the article has no text. Paste the article\'s paragraphs below the closing "---" of the frontmatter.',
    }));
}
