/**
 * A timeline page: `/tijdlijn/` with every event while the timeline is short, and once it is long,
 * one page per year, month or day (src/model/list-pages.ts), each listing its events grouped by
 * month with the gaps between, or the periods it is split into. Filters by actor work on the
 * events of the page.
 */
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, localeTags, pathFor, type Route, siteUrl } from '../../i18n/routes.ts';
import { subPeriods } from '../../model/period-pages.ts';
import type { Model } from '../../model/types.ts';
import { breadcrumbLd, type Thing } from '../json-ld.ts';
import { type EventView, eventHref, eventView, type LinkView } from './parts.ts';
import { type PeriodNav, periodNav } from './period-nav.ts';
import { eventDateWords, gapTemplates, groupTimeline, type TimelineGroup } from './timeline-time.ts';

export interface TimelineView {
  route: Route;
  /** "Tijdlijn" or "Tijdlijn: mei 2023". */
  title: string;
  nav: PeriodNav;
  events: EventView[];
  /** The same events in the same order, under their months, with the time between. */
  groups: TimelineGroup[];
  /**
   * Events this page once showed (content/published.json) that are now on a page of their own
   * period: each keeps its anchor here, with a link to where it went, so shared links still lead to it.
   */
  forwarded: { id: string; date: string; title: string; href: string }[];
  /** The gap's words for the filter script (`month-one`: "Een maand later", `month-other`: "%count% maanden later" …). */
  gapTemplates: Record<string, string>;
  /** Everyone who takes part in an event, alphabetical in the page's language. */
  actors: (LinkView & { id: string })[];
  jsonLd: Thing;
}

const routeOf = (period: string): Route => (period ? { name: 'timelinePeriod', period } : { name: 'timeline' });

/** `getStaticPaths` of the timeline's period pages (the first page is `/tijdlijn/` itself). */
export function timelinePeriodParams(model: Model) {
  return subPeriods(model.timelinePages).map((period) => ({ params: { period } }));
}

export function timelineView(model: Model, locale: Locale, site: URL | undefined, period = ''): TimelineView {
  const t = useTranslations(locale);
  const absolute = (path: string) => siteUrl(path, site);
  const page = model.timelinePages.find((candidate) => candidate.period === period);
  if (!page) throw new Error(`The timeline has no page for "${period}".`);
  const nav = periodNav(model.timelinePages, period, { hrefOf: (part) => pathFor(routeOf(part), locale), rootName: t('timeline.title'), countKey: 'timeline.eventCount', locale, t });
  const events = page.items.map((event) => eventView(model, event, locale, t));
  const collator = new Intl.Collator(localeTags[locale]);
  const actors = [...new Map(events.flatMap((event) => event.actors.map((actor) => [actor.id, actor] as const))).values()];
  const shown = new Set(page.items.map((event) => event.id));
  // Only a page that has split since it was published holds events shown elsewhere now.
  const moved = new Set((model.publishedEvents.get(period) ?? []).filter((id) => !shown.has(id)));
  const title = nav.current ? t('timeline.periodTitle', { period: nav.current.words }) : t('timeline.title');
  return {
    route: routeOf(period),
    title,
    nav,
    events,
    groups: groupTimeline(events, locale, t),
    // In the timeline's order, with their dates as the timeline words them.
    forwarded: (moved.size === 0 ? [] : model.timeline.filter((event) => moved.has(event.id)))
      .map((event) => ({ id: event.id, date: eventDateWords(event.data.date, event.data.approximate, locale, t), title: event.data.title[locale], href: eventHref(model, event.id, locale) })),
    gapTemplates: gapTemplates(locale, t),
    actors: actors.sort((a, b) => collator.compare(a.name, b.name)),
    jsonLd: breadcrumbLd([
      { name: t('nav.home'), url: absolute(pathFor({ name: 'home' }, locale)) },
      ...nav.up.map((step) => ({ name: step.name, url: absolute(step.href) })),
      { name: nav.current?.name ?? t('timeline.title'), url: absolute(pathFor(routeOf(period), locale)) },
    ]),
  };
}
