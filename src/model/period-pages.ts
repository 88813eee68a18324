/**
 * Lists that page by period, so no page grows with the archive. A list (the timeline's events, the
 * articles) is one page while it holds at most `perPage` items. Beyond that its page becomes a
 * summary: the years it spans, each with how many items it holds, and each year is a page of its
 * own, split the same way into months and then days when it is too long in turn. An item dated
 * only to the year stays on its year's page (an event "in 2022"), one dated to the month on its
 * month's; a week counts in the month of its Monday, as the timeline groups it.
 *
 * A period's URL says what it holds (`/tijdlijn/2023/05/`), so it never changes once published:
 * a page that splits as the archive grows stays, as a summary. Pure: the model, the routes and
 * the ledger all derive the same pages from the same dates.
 */
import { type PreciseDate, parsePreciseDate } from '../text/precise-date.ts';

export interface PeriodPage<Item> {
  /** The period below the list's root: `''` for all time, `2023`, `2023/05` or `2023/05/30`. */
  period: string;
  /** The period as a date to word its heading; undefined for the root. */
  date?: PreciseDate | undefined;
  /**
   * The items shown in full here, in the order given: all the period's items when they fit,
   * otherwise those dated no more precisely than the period itself.
   */
  items: Item[];
  /** When the period is split: its sub-periods, in the order of their first item, with their sizes. */
  parts: { period: string; date: PreciseDate; count: number }[];
  /** How many items the period holds in all. */
  count: number;
}

/** The path segments a date reaches: `['2023']`, `['2023', '05']`, `['2023', '05', '30']`. */
function segments(date: PreciseDate): string[] {
  const year = String(date.start.getUTCFullYear());
  if (date.precision === 'year') return [year];
  const month = String(date.start.getUTCMonth() + 1).padStart(2, '0');
  if (date.precision !== 'day') return [year, month];
  return [year, month, String(date.start.getUTCDate()).padStart(2, '0')];
}

/** `2023/05` as the date it names (`2023-05`, to the month). */
export function periodDate(period: string): PreciseDate {
  const date = parsePreciseDate(period.replaceAll('/', '-'));
  if (!date) throw new Error(`"${period}" is not a period: write it as YYYY, YYYY/MM or YYYY/MM/DD.`);
  return date;
}

/**
 * Every page of a list, the root first, then each part after the page that names it. A day that
 * holds more than `perPage` items cannot be split further and is one page; the page budget test
 * reports it if it is too heavy.
 */
export function periodPages<Item>(items: readonly Item[], dateOf: (item: Item) => PreciseDate, perPage: number): PeriodPage<Item>[] {
  const keyed = items.map((item) => ({ item, key: segments(dateOf(item)) }));
  const pages: PeriodPage<Item>[] = [];
  const visit = (prefix: string[], members: typeof keyed) => {
    const period = prefix.join('/');
    const page: PeriodPage<Item> = { period, date: prefix.length > 0 ? periodDate(period) : undefined, items: [], parts: [], count: members.length };
    pages.push(page);
    if (members.length <= perPage || prefix.length === 3) {
      page.items = members.map(({ item }) => item);
      return;
    }
    const byPart = new Map<string, typeof keyed>();
    for (const member of members) {
      if (member.key.length === prefix.length) page.items.push(member.item);
      else {
        const part = member.key.slice(0, prefix.length + 1).join('/');
        const held = byPart.get(part);
        if (held) held.push(member);
        else byPart.set(part, [member]);
      }
    }
    page.parts = [...byPart].map(([part, held]) => ({ period: part, date: periodDate(part), count: held.length }));
    for (const [part, held] of byPart) visit(part.split('/'), held);
  };
  visit([], keyed);
  return pages;
}

/** The periods with a page of their own, below the list's root (which is the home page or the timeline). */
export function subPeriods(pages: readonly PeriodPage<unknown>[]): string[] {
  return pages.flatMap(({ period }) => (period ? [period] : []));
}

/** Where each item is shown in full: its page's period, by the key `idOf` gives it. */
export function pageOfItems<Item>(pages: readonly PeriodPage<Item>[], idOf: (item: Item) => string): Map<string, string> {
  return new Map(pages.flatMap((page) => page.items.map((item) => [idOf(item), page.period] as const)));
}
