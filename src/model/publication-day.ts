/**
 * The day an article appeared: as the copy gives it, or derived from its text when the copy gives
 * only a month or a year (then approximate). The one date feeds, previews, JSON-LD and the order
 * of articles use, so none of them falls back on a month's first day, before the events reported.
 */
import type { PreciseDate } from '../text/precise-date.ts';
import type { ArticleData } from './schemas/article.ts';

export function publicationDay(data: ArticleData): { date: PreciseDate; derived: boolean } {
  const derived = data.source.derivedDay;
  return derived ? { date: derived.date, derived: true } : { date: data.published, derived: false };
}
