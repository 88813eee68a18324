/**
 * How long each list of the site may grow on one page before it pages (src/model/period-pages.ts)
 * or summarises, chosen so that every page stays within the 50 KB budget (src/tooling/page-weights.ts)
 * at any size of the archive. An event on the timeline weighs about 0.6 KB gzipped with its
 * annotation and evidence, an article on a list about 0.3 KB, a quoted passage about 0.25 KB.
 */
import { periodPages } from './period-pages.ts';
import { publicationDay } from './publication-day.ts';
import type { Article, TimelineEvent } from './types.ts';

export const listSizes = {
  /** Events on one timeline page before it splits into years, months, days. */
  events: 40,
  /** Articles on one archive page before it splits. */
  articles: 50,
  /** The newest articles the home page lists once the archive has split into periods. */
  home: 20,
  /** Passages quoted on a glossary entry's page, newest articles first; the rest are found by search. */
  mentions: 25,
  /** Events listed on a glossary entry's page, the latest; the rest are on the timeline. */
  entryEvents: 20,
  /** Articles in each RSS feed, the newest. */
  feed: 50,
} as const;

/** The timeline's pages: `/tijdlijn/` and, once it is long, one per year, month or day. */
export function timelinePages(timeline: readonly TimelineEvent[]) {
  return periodPages(timeline, (event) => event.data.date, listSizes.events);
}

/** The articles' pages: the home page and, once there are many, one per year, month or day. */
export function articlePages(articles: readonly Article[]) {
  return periodPages(articles, (article) => publicationDay(article.data).date, listSizes.articles);
}
