import type { Article, Problem } from '../types.ts';

/** A topic given as an id must be a glossary entry: the page shows its name and links to it. */
export function checkArticleTags(articles: readonly Article[], glossaryIds: ReadonlySet<string>): Problem[] {
  return articles.flatMap((article) =>
    article.data.tags.flatMap((tag, index) =>
      typeof tag === 'string' && !glossaryIds.has(tag)
        ? [
            {
              file: article.filePath,
              field: `tags[${index}]`,
              message: `there is no glossary entry "${tag}". Use the file name of one in content/glossary/ (without .yaml), or give the topic's name as { nl: …, en: … }.`,
            },
          ]
        : [],
    ),
  );
}
