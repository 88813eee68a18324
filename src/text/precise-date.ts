/** How exact a stored date is: the source of an article often gives only a month. */
export type Precision = 'year' | 'month' | 'week' | 'day';

/** A date as precise as its source, e.g. `2023-05` (month) or `2023-05-30` (day). */
export interface PreciseDate {
  /** The stored form: `YYYY`, `YYYY-MM`, `YYYY-Www` (ISO week) or `YYYY-MM-DD`. */
  iso: string;
  precision: Precision;
  /** The first day the date covers, at 00:00 UTC (a week starts on its Monday). */
  start: Date;
}

const patterns: ReadonlyArray<[Precision, RegExp]> = [
  ['year', /^(\d{4})$/],
  ['month', /^(\d{4})-(\d{2})$/],
  ['week', /^(\d{4})-W(\d{2})$/],
  ['day', /^(\d{4})-(\d{2})-(\d{2})$/],
];

/** The forms `parsePreciseDate` accepts, for error messages. */
export const PRECISE_DATE_FORMS = 'YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD (e.g. 2023, 2023-05, 2023-W21, 2023-05-30)';

/** Parses a stored date; returns undefined when it is not a real date in one of the four forms. */
export function parsePreciseDate(iso: string): PreciseDate | undefined {
  for (const [precision, pattern] of patterns) {
    const match = pattern.exec(iso);
    if (!match) continue;
    const [year, second = 1, third = 1] = match.slice(1).map(Number) as [number, number?, number?];
    const start = precision === 'week' ? isoWeekStart(year, second) : new Date(Date.UTC(year, second - 1, third));
    if (!start) return undefined;
    // Date.UTC rolls 2023-02-30 over into March; a real date survives the round trip.
    if (precision !== 'week' && (start.getUTCMonth() !== second - 1 || start.getUTCDate() !== third)) return undefined;
    return { iso, precision, start };
  }
  return undefined;
}

/** Monday of ISO week `week` in `year`; undefined for a week the year does not have. */
function isoWeekStart(year: number, week: number): Date | undefined {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  const start = new Date(mondayOfWeek1 + (week - 1) * 7 * 86_400_000);
  const weeksInYear = isoWeekStart53(year) ? 53 : 52;
  return week >= 1 && week <= weeksInYear ? start : undefined;
}

/** An ISO year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
function isoWeekStart53(year: number): boolean {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
  return jan1 === 4 || (leap && jan1 === 3);
}

const formats: Record<Exclude<Precision, 'week'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/**
 * Formats a date at its stored precision with `Intl` ("mei 2023", "30 mei 2023", with `weekday`
 * "di 30 mei 2023"). A week is shown as its Monday; the caller words it ("week van …").
 */
export function formatPreciseDate(date: PreciseDate, locale: string, { weekday = false } = {}): string {
  const precision = date.precision === 'week' ? 'day' : date.precision;
  // A weekday only belongs to a day: "di 30 mei 2023", never "di mei 2023".
  const withWeekday = weekday && date.precision === 'day';
  return formatter(locale, precision, withWeekday).format(date.start);
}

/**
 * One `Intl.DateTimeFormat` per locale, precision and weekday: making one costs far more than
 * formatting with it, and a build of 10,000 articles formats dates millions of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: Exclude<Precision, 'week'>, weekday: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${precision} ${weekday}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...formats[precision], ...(weekday ? { weekday: 'short' as const } : {}), timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** The first moment after the date: the day after its last day, at 00:00 UTC. */
export function preciseDateEnd(date: PreciseDate): Date {
  const { start } = date;
  const [year, month, day] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  if (date.precision === 'year') return new Date(Date.UTC(year + 1, 0, 1));
  if (date.precision === 'month') return new Date(Date.UTC(year, month + 1, 1));
  return new Date(Date.UTC(year, month, day + (date.precision === 'week' ? 7 : 1)));
}

/** Orders dates by their first day; at the same start, the less precise one comes first. */
export function comparePreciseDates(a: PreciseDate, b: PreciseDate): number {
  const order: Precision[] = ['year', 'month', 'week', 'day'];
  return a.start.getTime() - b.start.getTime() || order.indexOf(a.precision) - order.indexOf(b.precision);
}
