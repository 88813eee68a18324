import type { ArticleAnalysis } from '../../markdown/processor.ts';
import type { Problem, TimelineEvent } from '../types.ts';

/**
 * Each event's quote must still stand in its article, within one paragraph, so the article can
 * mark it and link it to the event. Reads what the article's analysis did not find
 * (src/markdown/rehype-evidence-marks.ts); a changed article text is caught here, naming the event file.
 */
export function checkTimelineQuotes(events: readonly TimelineEvent[], analyses: ReadonlyMap<string, ArticleAnalysis>): Problem[] {
  return events.flatMap((event) => {
    const evidence = event.data.evidence;
    // An unknown article is reported by timeline-references.
    if (!evidence || !analyses.get(evidence.article)?.missingQuotes.includes(event.id)) return [];
    return [
      {
        file: event.filePath,
        field: 'evidence.quote',
        message: `"${evidence.quote}" is not in the article "${evidence.article}" (any more). Copy the words again from one paragraph of the article, exactly.`,
      },
    ];
  });
}
