/**
 * A timeline told in time: its events grouped by month (or year, for a date known only to the
 * year), each group with the gap since the one before when it is worth saying ("15 maanden later").
 * Shared by the timeline page and the rail beside an article; the page's filter script redoes the
 * gaps for the events it leaves, from the templates `gapTemplates` gives it.
 */
import type { Translate } from '../../i18n/index.ts';
import { type Locale, localeTags } from '../../i18n/routes.ts';
import { type DateGap, timeSteps } from '../../text/date-gap.ts';
import { formatPreciseDate, type PreciseDate } from '../../text/precise-date.ts';
import type { EventView } from './parts.ts';
import { periodName } from './period-nav.ts';

export interface TimelineGroup {
  /** The month (`2023-05`) or year (`2023`) it groups, for `<time datetime>`. */
  period: PreciseDate;
  /** "Mei 2023", "2023". */
  heading: string;
  /** "14 maanden later": the time since the latest event listed before the group. */
  gap?: string | undefined;
  events: EventView[];
}

/** "14 maanden later", "2 years later", in the page's language and its plural rules. */
export function gapWords(gap: DateGap, t: Translate): string {
  return gap.unit === 'year' ? t('timeline.gap.year', { count: gap.count }) : t('timeline.gap.month', { count: gap.count });
}

/** The events in their listed order, grouped under the months (or years) they fall in. */
export function groupTimeline(events: readonly EventView[], locale: Locale, t: Translate): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const { item, period, gap } of timeSteps(events, (event) => event.date)) {
    const current = groups.at(-1);
    if (current && current.period.iso === period.iso) current.events.push(item);
    else groups.push({ period, heading: periodName(period, locale), gap: gap && gapWords(gap, t), events: [item] });
  }
  return groups;
}

/**
 * The gap's words with `%count%` for the number, per unit and plural category of the language
 * (`month-one`, `month-other`, …), for the filter script to fill in with `Intl.PluralRules`.
 */
export function gapTemplates(locale: Locale, t: Translate): Record<string, string> {
  const categories = new Intl.PluralRules(localeTags[locale]).resolvedOptions().pluralCategories;
  const templates: Record<string, string> = {};
  for (const unit of ['month', 'year'] as const) {
    for (const category of categories) {
      // i18next picks the form by the count; a sample count of each category picks that form.
      const sample = sampleCount(category, localeTags[locale]);
      if (sample === undefined) continue;
      templates[`${unit}-${category}`] = gapWords({ unit, count: sample }, t).replace(String(sample), '%count%');
    }
  }
  return templates;
}

/** The smallest count in a plural category of the language (1 for "one", 0 or 2 for "other" …). */
function sampleCount(category: Intl.LDMLPluralRule, tag: string): number | undefined {
  const rules = new Intl.PluralRules(tag);
  for (let count = 2; count < 200; count++) if (rules.select(count) === category) return count;
  return rules.select(1) === category ? 1 : undefined;
}

/**
 * An event's date in words, as the timeline shows it: "30 mei 2023", "week van 22 mei 2023", "≈ 30 mei
 * 2023" when the article only implies it; with `weekday`, "di 30 mei 2023".
 */
export function eventDateWords(date: PreciseDate, approximate: boolean, locale: Locale, t: Translate, { weekday = false } = {}): string {
  const formatted = formatPreciseDate(date, localeTags[locale], { weekday });
  const worded = date.precision === 'week' ? t('date.weekOf', { date: formatted }) : formatted;
  return approximate ? t('date.approximate', { date: worded }) : worded;
}
