import type { Problem, TimelineEvent } from '../types.ts';

/** Every glossary id and article slug a timeline event names must exist. */
export function checkTimelineReferences(
  events: readonly TimelineEvent[],
  glossaryIds: ReadonlySet<string>,
  articleSlugs: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const event of events) {
    event.data.actors.forEach((actor, index) => {
      if (!glossaryIds.has(actor)) {
        problems.push({
          file: event.filePath,
          field: `actors[${index}]`,
          message: `there is no glossary entry "${actor}". Use the file name of one in content/glossary/ (without .yaml), or add that entry.`,
        });
      }
    });
    event.data.updates.forEach((updated, index) => {
      if (!articleSlugs.has(updated)) {
        problems.push({
          file: event.filePath,
          field: `updates[${index}]`,
          message: `there is no article "${updated}". Use the file name of one in content/articles/ (without .md).`,
        });
      }
    });
    const slug = event.data.evidence?.article;
    if (slug && !articleSlugs.has(slug)) {
      problems.push({
        file: event.filePath,
        field: 'evidence.article',
        message: `there is no article "${slug}". Use the file name of one in content/articles/ (without .md).`,
      });
    }
  }
  return problems;
}
