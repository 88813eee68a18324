/**
 * The ledger of what has been published (content/published.json): every page URL of the site in
 * both languages, moved pages included, and every article's passage ids. Readers share these, so
 * none may disappear: the build checks the content against the ledger
 * (src/model/checks/published-ledger.ts), and only `npm run ledger:update` writes it, adding what
 * a publication adds and never dropping a line. Pure: the command and the tests read and write the
 * file.
 */
import { locales, pathFor } from '../i18n/routes.ts';
import { timelinePages } from './list-pages.ts';
import { movedUrls, siteRoutes } from './moved-urls.ts';
import type { Content } from './types.ts';

/** Where the ledger lives in the content folder. */
export const ledgerFile = 'published.json';

export interface PublishedLedger {
  /** Site-relative paths of every page published, e.g. `/begrippen/poetin/`, sorted. */
  urls: string[];
  /** Per article slug, its passage ids in the order they were first published. */
  passages: Record<string, string[]>;
  /**
   * Per timeline page (its Dutch path, e.g. `/tijdlijn/`), the events it showed, by id: an event
   * link is that page with `#id`, and when the timeline splits into periods the page keeps the
   * anchor, leading to the event's new page (src/site/views/timeline.ts).
   */
  events: Record<string, string[]>;
}

/** The ledger as the build reads it, with where it was read from (for messages). */
export interface LedgerInput {
  /** The ledger's path relative to the project root, e.g. `content/published.json`. */
  file: string;
  ledger: PublishedLedger;
}

/** What the content publishes now: its pages, its moved pages, and each article's passage ids. */
export function publishedNow(content: Pick<Content, 'articles' | 'glossary' | 'timeline'>, passageIds: ReadonlyMap<string, readonly string[]>): PublishedLedger {
  const pages = siteRoutes(content).flatMap((route) => locales.map((locale) => pathFor(route, locale)));
  const moved = movedUrls(content).map((move) => move.from);
  const passages: Record<string, string[]> = {};
  for (const article of [...content.articles].sort((a, b) => a.id.localeCompare(b.id))) passages[article.id] = [...(passageIds.get(article.id) ?? [])];
  const events: Record<string, string[]> = {};
  for (const page of timelinePages(content.timeline)) {
    if (page.items.length > 0) events[timelinePagePath(page.period)] = page.items.map((event) => event.id).sort();
  }
  return { urls: [...new Set([...pages, ...moved])].sort(), passages, events };
}

/** The Dutch path of a timeline page, the ledger's key for its events: `/tijdlijn/`, `/tijdlijn/2023/05/`. */
export function timelinePagePath(period: string): string {
  return pathFor(period ? { name: 'timelinePeriod', period } : { name: 'timeline' }, 'nl');
}

/** The ledger after a publication: everything it held, and what is new, appended. Nothing is dropped. */
export function mergeLedger(ledger: PublishedLedger, now: PublishedLedger): PublishedLedger {
  return {
    urls: [...new Set([...ledger.urls, ...now.urls])].sort(),
    // A passage list keeps the order its ids were first published in; an event list is sorted.
    passages: mergeLists(ledger.passages, now.passages, (ids) => ids),
    events: mergeLists(ledger.events, now.events, (ids) => ids.sort()),
  };
}

/** Per key (in order), the ids recorded before followed by the new ones, each once. */
function mergeLists(before: Record<string, string[]>, now: Record<string, string[]>, order: (ids: string[]) => string[]): Record<string, string[]> {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(now)])].sort();
  return Object.fromEntries(keys.map((key) => [key, order([...new Set([...(before[key] ?? []), ...(now[key] ?? [])])])]));
}

/** The ledger as committed: two-space JSON with a final newline, one URL or id a line. */
export function formatLedger(ledger: PublishedLedger): string {
  return `${JSON.stringify(ledger, null, 2)}\n`;
}

/** Reads the ledger's JSON; a malformed file is an error naming the file and what to do. */
export function parseLedger(json: string, file: string): PublishedLedger {
  const fix = `Restore it from git (git checkout -- ${file}) and run npm run ledger:update.`;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}). ${fix}`);
  }
  const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
  const record = data as Partial<PublishedLedger> | null;
  if (
    !record ||
    typeof record !== 'object' ||
    !strings(record.urls) ||
    !record.passages ||
    typeof record.passages !== 'object' ||
    !Object.values(record.passages).every(strings) ||
    // A ledger written before timeline pages were recorded has no events yet.
    (record.events !== undefined && (typeof record.events !== 'object' || record.events === null || !Object.values(record.events).every(strings)))
  ) {
    throw new Error(`${file} must hold { "urls": [paths], "passages": { slug: [ids] }, "events": { path: [ids] } }. ${fix}`);
  }
  return { urls: record.urls, passages: record.passages, events: record.events ?? {} };
}

/** An empty ledger, for a content folder that has published nothing yet. */
export const emptyLedger: PublishedLedger = { urls: [], passages: {}, events: {} };

/** What `after` holds that `before` did not: URLs, passages as `slug#id`, events as `path#id`. For the command's report. */
export function ledgerAdditions(before: PublishedLedger, after: PublishedLedger): string[] {
  const urls = new Set(before.urls);
  const added = after.urls.filter((url) => !urls.has(url));
  for (const [slug, ids] of Object.entries(after.passages)) {
    const known = new Set(before.passages[slug] ?? []);
    added.push(...ids.filter((id) => !known.has(id)).map((id) => `${slug}#${id}`));
  }
  for (const [path, ids] of Object.entries(after.events)) {
    const known = new Set(before.events[path] ?? []);
    added.push(...ids.filter((id) => !known.has(id)).map((id) => `${path}#${id}`));
  }
  return added;
}
