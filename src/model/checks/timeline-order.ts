import { preciseDateEnd } from '../../text/precise-date.ts';
import type { Problem, TimelineEvent } from '../types.ts';

/**
 * An event's `after` names an event that exists, is not itself, does not lead round in a circle,
 * and is not dated after the reaction: no reaction is listed before what it reacts to.
 */
export function checkTimelineOrder(events: readonly TimelineEvent[]): Problem[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const problems: Problem[] = [];
  for (const event of events) {
    const causeId = event.data.after;
    if (!causeId) continue;
    const cause = byId.get(causeId);
    const problem = (message: string) => problems.push({ file: event.filePath, field: 'after', message });
    if (!cause) {
      problem(`there is no timeline event "${causeId}". Use the file name of one in content/timeline/ (without .yaml).`);
      continue;
    }
    if (cause.data.date.start >= preciseDateEnd(event.data.date)) {
      problem(`"${causeId}" (${cause.data.date.iso}) is dated after this event (${event.data.date.iso}), so this cannot react to it. Correct one of the dates, or remove "after".`);
      continue;
    }
    if (causeId === event.id) {
      problem('names the event itself. Name the event this one reacts to.');
      continue;
    }
    // Walk the chain of causes; coming back to this event means a circle.
    const chain = [event.id];
    for (let next: TimelineEvent | undefined = cause; next && !chain.includes(next.id); next = next.data.after ? byId.get(next.data.after) : undefined) {
      chain.push(next.id);
      if (next.data.after === event.id) {
        problem(`"after" leads round in a circle (${[...chain, event.id].join(' → ')}). An event can only follow one that comes first.`);
        break;
      }
    }
  }
  return problems;
}
