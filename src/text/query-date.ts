/**
 * Finds a date in what a reader typed into search ("30 mei 2023", "May 30, 2023", "oktober 2023",
 * "2023-05-30"), in Dutch or English, so search can put the events of that day or
 * month first. Month names come from `Intl`, long and short, in both languages. Pure.
 */
import { type PreciseDate, parsePreciseDate } from './precise-date.ts';

const languages = ['nl', 'en'] as const;

/** Every month name a reader may type ("mei", "May", "okt", "Sept"), lower-case, without dots, to its number (1–12). */
const monthNumbers: ReadonlyMap<string, number> = new Map(
  languages.flatMap((language) =>
    (['long', 'short'] as const).flatMap((width) =>
      Array.from({ length: 12 }, (_, index) => {
        const name = new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' }).format(Date.UTC(2023, index, 1));
        return [name.toLowerCase().replace(/\.$/u, ''), index + 1] as const;
      }),
    ),
  ),
);

const two = (value: number) => String(value).padStart(2, '0');

/**
 * A date with its year in the query, and the query without it; undefined when it holds none. An
 * impossible day (31 juni 2023) falls back to its month; a day without a year ("3 mei") is left
 * to the text search.
 */
export function dateInQuery(query: string): { date: PreciseDate; rest: string } | undefined {
  const words = query.toLowerCase().replace(/[.,]/gu, ' ').split(/\s+/u).filter(Boolean);
  const month = (word: string | undefined) => (word ? monthNumbers.get(word) : undefined);
  const day = (word: string | undefined) => (word && /^\d{1,2}$/u.test(word) ? Number(word) : undefined);
  const year = (word: string | undefined) => (word && /^\d{4}$/u.test(word) ? Number(word) : undefined);
  for (let at = 0; at < words.length; at++) {
    const [first, second, third] = words.slice(at, at + 3);
    const iso = first && /^\d{4}-\d{2}(-\d{2})?$/u.test(first) ? { iso: first, length: 1 } : undefined;
    const candidates: { iso: string; length: number }[] = iso ? [iso] : [];
    const [d1, m1, y1] = [day(first), month(second), year(third)];
    const [m2, d2, y2] = [month(first), day(second), year(third)];
    if (d1 && m1 && y1) candidates.push({ iso: `${y1}-${two(m1)}-${two(d1)}`, length: 3 });
    if (m2 && d2 && y2) candidates.push({ iso: `${y2}-${two(m2)}-${two(d2)}`, length: 3 });
    if (m2 && year(second)) candidates.push({ iso: `${year(second)}-${two(m2)}`, length: 2 });
    for (const candidate of candidates) {
      const date = parsePreciseDate(candidate.iso);
      if (date) return { date, rest: [...words.slice(0, at), ...words.slice(at + candidate.length)].join(' ') };
    }
  }
  return undefined;
}

/** The filter values of a date at every precision it has: `2023`, `2023-05`, `2023-05-30` (a week counts in the month it starts in). */
export function dateFilterValues(date: PreciseDate): string[] {
  const [year, month, day] = [date.start.getUTCFullYear(), date.start.getUTCMonth() + 1, date.start.getUTCDate()];
  return [String(year), ...(date.precision === 'year' ? [] : [`${year}-${two(month)}`]), ...(date.precision === 'day' ? [`${year}-${two(month)}-${two(day)}`] : [])];
}
