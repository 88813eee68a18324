import { plainBlocks } from '../../text/plain-text.ts';
import { findQuote } from '../../text/quote-matcher.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { TimelineData } from '../schemas/timeline.ts';
import type { Entry, Problem } from '../types.ts';

/**
 * Each event's quote must still stand in its article, within one paragraph, so the article can
 * mark it and link it to the event. A changed article text is caught here, naming the event file.
 */
export function checkTimelineQuotes(events: readonly Entry<TimelineData>[], articles: readonly Entry<ArticleData>[]): Problem[] {
  const blocksBySlug = new Map(articles.map((article) => [article.id, plainBlocks(article.body ?? '')]));
  const problems: Problem[] = [];
  for (const event of events) {
    const evidence = event.data.evidence;
    const blocks = evidence && blocksBySlug.get(evidence.article);
    if (!evidence || !blocks) continue; // An unknown article is reported by timeline-references.
    if (!blocks.some((block) => findQuote(block, evidence.quote))) {
      problems.push({
        file: event.filePath,
        field: 'evidence.quote',
        message: `"${evidence.quote}" is not in the article "${evidence.article}" (any more). Copy the words again from one paragraph of the article, exactly.`,
      });
    }
  }
  return problems;
}
