/**
 * What a paged list's page says about where it stands (src/model/period-pages.ts): its heading
 * ("Mei 2023"), the way up to the periods that hold it, the sub-periods it is split into with how
 * many items each holds, and the periods before and after it at the same level.
 */
import type { Translate } from '../../i18n/index.ts';
import { type Locale, localeTags } from '../../i18n/routes.ts';
import type { PeriodPage } from '../../model/period-pages.ts';
import { formatPreciseDate, type PreciseDate } from '../../text/precise-date.ts';

export interface PeriodLink {
  href: string;
  /** As a heading or a list's item: "Mei 2023", "2023", "30 mei 2023". */
  name: string;
  /** Within a sentence: "mei 2023". */
  words: string;
  /** The period, for `<time datetime>`: `2023-05`. */
  iso: string;
}

export interface PeriodNav {
  /** The page's own period, worded; undefined on the list's first page. */
  current?: PeriodLink | undefined;
  /** The pages above this one, the list's first page first. */
  up: { href: string; name: string }[];
  /** The sub-periods this page is split into, each with how many items it holds ("412 gebeurtenissen"). */
  parts: (PeriodLink & { count: string })[];
  /** The page to read before this one in time, and after it (across years: December leads to January). */
  previous?: PeriodLink | undefined;
  next?: PeriodLink | undefined;
}

/** A period as a heading: "Mei 2023" (a heading starts with a capital), "May 2023", "2023". */
export function periodName(date: PreciseDate, locale: Locale): string {
  const tag = localeTags[locale];
  const formatted = formatPreciseDate(date, tag);
  return formatted.charAt(0).toLocaleUpperCase(tag) + formatted.slice(1);
}

/** A list's pages by period, and its reading orders; worked out once per list, not once per page. */
const orders = new WeakMap<readonly PeriodPage<unknown>[], { byPeriod: Map<string, PeriodPage<unknown>>; reading: Map<string, string[]> }>();

/**
 * Read on in time: a page that lists items leads to the one listing the items before and after it,
 * whatever year holds them (`items`); a page of parts to the one of the same depth before and after
 * it (`parts 1` for years, `parts 2` for months).
 */
function orderOf<Item>(pages: readonly PeriodPage<Item>[]) {
  let order = orders.get(pages);
  if (!order) {
    const reading = new Map<string, string[]>();
    const chronological = pages.filter((page) => page.date).sort((a, b) => (a.date as PreciseDate).start.getTime() - (b.date as PreciseDate).start.getTime() || a.period.length - b.period.length);
    for (const page of chronological) {
      const key = page.parts.length === 0 ? 'items' : `parts ${page.period.split('/').length}`;
      const sequence = reading.get(key);
      if (sequence) sequence.push(page.period);
      else reading.set(key, [page.period]);
    }
    order = { byPeriod: new Map(pages.map((page) => [page.period, page])), reading };
    orders.set(pages, order);
  }
  return order as { byPeriod: Map<string, PeriodPage<Item>>; reading: Map<string, string[]> };
}

/**
 * The navigation of the page for `period` among `pages`. `hrefOf` gives a period's path (`''`: the
 * list's first page), `rootName` names that page, and `countKey` the i18n key of "N items".
 */
export function periodNav<Item>(
  pages: readonly PeriodPage<Item>[],
  period: string,
  { hrefOf, rootName, countKey, locale, t }: { hrefOf: (period: string) => string; rootName: string; countKey: 'timeline.eventCount' | 'archive.articleCount'; locale: Locale; t: Translate },
): PeriodNav {
  const { byPeriod, reading } = orderOf(pages);
  const page = byPeriod.get(period);
  if (!page) throw new Error(`The list has no page for the period "${period}".`);
  const link = (part: string): PeriodLink => {
    const date = byPeriod.get(part)?.date;
    if (!date) throw new Error(`The list has no page for the period "${part}".`);
    return { href: hrefOf(part), name: periodName(date, locale), words: formatPreciseDate(date, localeTags[locale]), iso: date.iso };
  };
  const segments = period ? period.split('/') : [];
  const above = segments.map((_, index) => segments.slice(0, index).join('/'));
  const up = above.map((part) => (part ? { href: hrefOf(part), name: link(part).name } : { href: hrefOf(''), name: rootName }));
  const sequence = reading.get(page.parts.length === 0 ? 'items' : `parts ${segments.length}`) ?? [];
  const at = sequence.indexOf(period);
  return {
    current: period ? link(period) : undefined,
    up,
    parts: page.parts.map((part) => ({ ...link(part.period), count: t(countKey, { count: part.count }) })),
    previous: at > 0 ? link(sequence[at - 1] as string) : undefined,
    next: at >= 0 && at < sequence.length - 1 ? link(sequence[at + 1] as string) : undefined,
  };
}
