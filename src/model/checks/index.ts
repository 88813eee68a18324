/** Cross-checks between collections that a single schema cannot see. One rule per file. */
import type { ArticleData } from '../schemas/article.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { TimelineData } from '../schemas/timeline.ts';
import { plainText } from '../../text/plain-text.ts';
import { checkArticleBodyMarkup } from './article-body-markup.ts';
import { checkArticleBodyNotEmpty } from './article-body-not-empty.ts';
import { checkGlossaryAliasesUnique } from './glossary-alias-unique.ts';
import { checkGlossaryAliasesUsed } from './glossary-alias-used.ts';
import { ContentError, type Entry, type Problem } from '../types.ts';
import { checkTimelineQuotes } from './timeline-quotes.ts';
import { checkTimelineReferences } from './timeline-references.ts';

export interface Content {
  articles: readonly Entry<ArticleData>[];
  glossary: readonly Entry<GlossaryData>[];
  timeline: readonly Entry<TimelineData>[];
}

/** Every problem in the content, in file order. */
export function findProblems(content: Content): Problem[] {
  const glossaryIds = new Set(content.glossary.map((entry) => entry.id));
  const articleSlugs = new Set(content.articles.map((article) => article.id));
  return [
    ...checkArticleBodyNotEmpty(content.articles),
    ...checkArticleBodyMarkup(content.articles),
    ...checkGlossaryAliasesUnique(content.glossary),
    ...checkTimelineReferences(content.timeline, glossaryIds, articleSlugs),
    ...checkTimelineQuotes(content.timeline, content.articles),
  ];
}

/** Things worth a look that do not stop the build. */
export function findWarnings(content: Content): Problem[] {
  return checkGlossaryAliasesUsed(
    content.glossary,
    content.articles.map((article) => plainText(article.body ?? '')),
  );
}

/** Throws a ContentError listing every problem; returns the warnings when there is none. */
export function assertContentIsValid(content: Content): Problem[] {
  const problems = findProblems(content);
  if (problems.length > 0) throw new ContentError(problems);
  return findWarnings(content);
}
