/** The timeline page: every event, and the actors it can be filtered by. */
import { useTranslations } from '../../i18n/index.ts';
import { type Locale, localeTags, pathFor, siteUrl } from '../../i18n/routes.ts';
import type { Model } from '../../model/types.ts';
import { breadcrumbLd, type Thing } from '../json-ld.ts';
import { type EventView, eventView, type LinkView } from './parts.ts';

export interface TimelineView {
  events: EventView[];
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
    actors: actors.sort((a, b) => collator.compare(a.name, b.name)),
    jsonLd: breadcrumbLd([
      { name: t('nav.home'), url: absolute(pathFor({ name: 'home' }, locale)) },
      { name: t('timeline.title'), url: absolute(pathFor({ name: 'timeline' }, locale)) },
    ]),
  };
}
