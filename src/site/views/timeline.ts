/** The timeline page: every event, grouped by month with the gaps between, and the actors it can be filtered by. */
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, localeTags, pathFor, siteUrl } from '../../i18n/routes.ts';
import type { Model } from '../../model/types.ts';
import { breadcrumbLd, type Thing } from '../json-ld.ts';
import { type EventView, eventView, type LinkView } from './parts.ts';
import { gapTemplates, groupTimeline, type TimelineGroup } from './timeline-time.ts';

export interface TimelineView {
  events: EventView[];
  /** The same events in the same order, under their months, with the time between. */
  groups: TimelineGroup[];
  /** The gap's words for the filter script (`month-one`: "Een maand later", `month-other`: "%count% maanden later" …). */
  gapTemplates: Record<string, string>;
  /** Everyone who takes part in an event, alphabetical in the page's language. */
  actors: (LinkView & { id: string })[];
  jsonLd: Thing;
}

export function timelineView(model: Model, locale: Locale, site: URL | undefined): TimelineView {
  const t = useTranslations(locale);
  const absolute = (path: string) => siteUrl(path, site);
  const events = model.timeline.map((event) => eventView(model, event, locale, t));
  const collator = new Intl.Collator(localeTags[locale]);
  const actors = [...new Map(events.flatMap((event) => event.actors.map((actor) => [actor.id, actor] as const))).values()];
  return {
    events,
    groups: groupTimeline(events, locale, t),
    gapTemplates: gapTemplates(locale, t),
    actors: actors.sort((a, b) => collator.compare(a.name, b.name)),
    jsonLd: breadcrumbLd([
      { name: t('nav.home'), url: absolute(pathFor({ name: 'home' }, locale)) },
      { name: t('timeline.title'), url: absolute(pathFor({ name: 'timeline' }, locale)) },
    ]),
  };
}
