import type { ArticleAnalysis } from '../../markdown/processor.ts';
import type { Problem, TimelineEvent } from '../types.ts';

/**
 * Each event's quote must still stand in its article, within one paragraph, so the article can
 * mark it and link it to the event; and when the article has an English translation, the event
 * quotes the same words in it (`evidence.translation`), checked the same way. Reads what the
 * analyses did not find (src/markdown/rehype-evidence-marks.ts), naming the event file.
 */
export function checkTimelineQuotes(
  events: readonly TimelineEvent[],
  analyses: ReadonlyMap<string, ArticleAnalysis>,
  translations: ReadonlyMap<string, ArticleAnalysis>,
): Problem[] {
  return events.flatMap((event) => {
    const evidence = event.data.evidence;
    // An unknown article is reported by timeline-references.
    if (!evidence || !analyses.has(evidence.article)) return [];
    const problems: Problem[] = [];
    const problem = (field: string, message: string) => problems.push({ file: event.filePath, field, message });
    if (analyses.get(evidence.article)?.missingQuotes.includes(event.id)) {
      problem('evidence.quote', `"${evidence.quote}" is not in the article "${evidence.article}" (any more). Copy the words again from one paragraph of the article, exactly.`);
    }
    const translation = translations.get(evidence.article);
    if (translation && evidence.translation === undefined) {
      problem('evidence.translation', `is missing: the article "${evidence.article}" has an English translation. Copy the words that translate the quote from it, exactly.`);
    } else if (translation?.missingQuotes.includes(event.id)) {
      problem('evidence.translation', `"${evidence.translation}" is not in the English translation of "${evidence.article}" (any more). Copy the words again from one of its passages, exactly.`);
    } else if (!translation && evidence.translation !== undefined) {
      problem('evidence.translation', `is set, but the article "${evidence.article}" has no English translation (articles/${evidence.article}.en.yaml). Remove it, or add the translation.`);
    }
    return problems;
  });
}
