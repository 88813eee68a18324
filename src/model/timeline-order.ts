/**
 * The timeline's reading order: by date, except that an event that reacts to another (`after`)
 * follows it, even when its date is coarser (a reaction dated "week of 29 May" after a statement
 * of 30 May). Pure, so it is tested alone.
 */
import { comparePreciseDates } from '../text/precise-date.ts';
import type { TimelineEvent } from './types.ts';

export function orderTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  const byDate = [...events].sort((a, b) => comparePreciseDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  const ids = new Set(byDate.map((event) => event.id));
  const followers = new Map<string, TimelineEvent[]>();
  for (const event of byDate) {
    const cause = event.data.after;
    if (cause && ids.has(cause)) followers.set(cause, [...(followers.get(cause) ?? []), event]);
  }
  const ordered: TimelineEvent[] = [];
  const placed = new Set<string>();
  const place = (event: TimelineEvent) => {
    if (placed.has(event.id)) return;
    placed.add(event.id);
    ordered.push(event);
    for (const follower of followers.get(event.id) ?? []) place(follower);
  };
  for (const event of byDate) if (!event.data.after || !ids.has(event.data.after)) place(event);
  // Events in a cycle of `after` have no first one; the check reports them, and they keep their dates' order.
  for (const event of byDate) place(event);
  return ordered;
}
