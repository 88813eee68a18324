/**
 * Time on a timeline: how far apart two dates are, and which month (or year) a date falls in, never
 * more precise than the dates themselves. Pure, so the page and its filter script share it.
 */
import { comparePreciseDates, type PreciseDate, type Precision } from './precise-date.ts';

/** A gap worth telling the reader: "15 maanden later", "2 years later". */
export interface DateGap {
  unit: 'month' | 'year';
  count: number;
}

const order: Precision[] = ['year', 'month', 'week', 'day'];
const DAY = 86_400_000;

/**
 * How much later `to` is than `from`, counted from the dates' starts in whole months or years, or
 * undefined when it is less than that (or not later at all, as with a reaction listed after its
 * cause). The count is made at the coarser of the two precisions, so it never claims more than
 * the dates know:
 * - a date known to the year only: calendar years apart, told from 2 on (2022 and 2023 may be a
 *   day apart);
 * - to the month: calendar months apart, told from 2 on (`2022-02` to `2023-05`: 15 months);
 * - both to the week or day: whole months elapsed, told from 1 on (24 February 2022 to 3 May 2023:
 *   14 months); a week counts from its last day, so its span never adds to the gap.
 * From 24 months on the gap is told in whole years, rounded down.
 */
export function dateGap(from: PreciseDate, to: PreciseDate): DateGap | undefined {
  const coarser = order[Math.min(order.indexOf(from.precision), order.indexOf(to.precision))];
  const a = from.precision === 'week' ? new Date(from.start.getTime() + 6 * DAY) : from.start;
  const b = to.start;
  const years = b.getUTCFullYear() - a.getUTCFullYear();
  if (coarser === 'year') return years >= 2 ? { unit: 'year', count: years } : undefined;
  let months = years * 12 + b.getUTCMonth() - a.getUTCMonth();
  if (coarser === 'month') {
    if (months < 2) return undefined;
  } else {
    if (b.getUTCDate() < a.getUTCDate()) months -= 1;
    if (months < 1) return undefined;
  }
  return months < 24 ? { unit: 'month', count: months } : { unit: 'year', count: Math.floor(months / 12) };
}

/**
 * The month a date falls in (a week: the month of its Monday), or its year when that is all it
 * knows: what a timeline groups it under.
 */
export function periodOf(date: PreciseDate): PreciseDate {
  const year = date.start.getUTCFullYear();
  if (date.precision === 'year') return { iso: String(year), precision: 'year', start: new Date(Date.UTC(year, 0, 1)) };
  const month = date.start.getUTCMonth();
  return { iso: `${year}-${String(month + 1).padStart(2, '0')}`, precision: 'month', start: new Date(Date.UTC(year, month, 1)) };
}

/** One step of a timeline told in time: the group it joins and how long after the previous step it comes. */
export interface TimeStep<T> {
  item: T;
  /** The period it is listed under; a new group starts when this differs from the previous item's. */
  period: PreciseDate;
  /** The gap since the latest date listed before it, when worth telling. */
  gap?: DateGap | undefined;
}

/**
 * Walks a timeline in its listed order. Each item is grouped under its period, except that an item
 * listed after a later one (a reaction placed after its cause) stays in the group it is listed in,
 * so groups never go back in time. Gaps run from the latest date listed so far.
 */
export function timeSteps<T>(items: readonly T[], dateOf: (item: T) => PreciseDate): TimeStep<T>[] {
  let latest: PreciseDate | undefined;
  let period: PreciseDate | undefined;
  return items.map((item) => {
    const date = dateOf(item);
    const own = periodOf(date);
    if (!period || comparePreciseDates(own, period) > 0) period = own;
    const gap = latest && dateGap(latest, date);
    if (!latest || comparePreciseDates(date, latest) > 0) latest = date;
    return { item, period, gap };
  });
}
