/**
 * The timeline's reading order: by date, except that an event that reacts to another (`after`)
 * is never listed before it: a reaction dated "week of 29 May" follows a statement of 30 May.
 * Pure, so it is tested alone.
 */
import { comparePreciseDates } from '../text/precise-date.ts';
import type { TimelineEvent } from './types.ts';

export function orderTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  const byDate = [...events].sort((a, b) => comparePreciseDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  const ids = new Set(byDate.map((event) => event.id));
  const ordered: TimelineEvent[] = [];
  const placed = new Set<string>();
  /** Reactions whose cause is not listed yet, by cause: they follow it as soon as it is. */
  const waiting = new Map<string, TimelineEvent[]>();
  const place = (event: TimelineEvent) => {
    if (placed.has(event.id)) return;
    placed.add(event.id);
    ordered.push(event);
    const followers = waiting.get(event.id) ?? [];
    waiting.delete(event.id);
    for (const follower of followers) place(follower);
  };
  for (const event of byDate) {
    const cause = event.data.after;
    // A reaction keeps its own date's place unless that would list it before its cause.
    if (cause && ids.has(cause) && !placed.has(cause) && cause !== event.id) waiting.set(cause, [...(waiting.get(cause) ?? []), event]);
    else place(event);
  }
  // Events in a cycle of `after` never see their cause placed; the check reports them, and they keep their dates' order.
  for (const event of byDate) if (!placed.has(event.id)) place(event);
  return ordered;
}
