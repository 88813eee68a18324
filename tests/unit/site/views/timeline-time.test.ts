/** The timeline told in time, on the real content and on made-up events. */
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { createModel } from '../../../../src/model/create-model.ts';
import type { EventView } from '../../../../src/site/views/parts.ts';
import { gapTemplates, gapWords, groupTimeline } from '../../../../src/site/views/timeline-time.ts';
import { timelineView } from '../../../../src/site/views/timeline.ts';
import { parsePreciseDate, type PreciseDate } from '../../../../src/text/precise-date.ts';
import { readContent } from '../../../support/content.ts';

const model = createModel(readContent());
const site = new URL('https://duiding.example/');

const event = (id: string, iso: string) => ({ id, date: parsePreciseDate(iso) as PreciseDate }) as EventView;

describe('the timeline view', () => {
  test('holds every event once, in the timeline order, under its month', () => {
    const view = timelineView(model, 'nl', site);
    expect(view.groups.flatMap((group) => group.events.map((item) => item.id))).toEqual(view.events.map((item) => item.id));
    expect(view.groups.map((group) => [group.gap, group.heading])).toEqual([
      [undefined, 'Februari 2022'],
      ['15 maanden later', 'Mei 2023'],
      ['4 maanden later', 'Oktober 2023'],
      ['6 maanden later', 'April 2024'],
    ]);
  });

  test('in English', () => {
    const view = timelineView(model, 'en', site);
    expect(view.groups.map((group) => [group.gap, group.heading])).toEqual([
      [undefined, 'February 2022'],
      ['15 months later', 'May 2023'],
      ['4 months later', 'October 2023'],
      ['6 months later', 'April 2024'],
    ]);
  });
});

describe('groupTimeline', () => {
  const t = useTranslations('nl');

  test('a date known only to its year heads a group of its own, and no gap is claimed to or from it', () => {
    const groups = groupTimeline([event('a', '2020-03-01'), event('b', '2021'), event('c', '2021-06-02'), event('d', '2023-07-01')], 'nl', t);
    expect(groups.map((group) => [group.gap, group.heading, group.events.map((item) => item.id)])).toEqual([
      [undefined, 'Maart 2020', ['a']],
      [undefined, '2021', ['b']],
      [undefined, 'Juni 2021', ['c']],
      ['2 jaar later', 'Juli 2023', ['d']],
    ]);
  });
});

describe('the gap in words', () => {
  test('follows the plural rules, with one written out', () => {
    const nl = useTranslations('nl');
    const en = useTranslations('en');
    expect(gapWords({ unit: 'month', count: 1 }, nl)).toBe('Een maand later');
    expect(gapWords({ unit: 'month', count: 15 }, nl)).toBe('15 maanden later');
    expect(gapWords({ unit: 'year', count: 3 }, nl)).toBe('3 jaar later');
    expect(gapWords({ unit: 'month', count: 1 }, en)).toBe('A month later');
    expect(gapWords({ unit: 'year', count: 2 }, en)).toBe('2 years later');
  });

  test('the filter script gets a template per unit and plural category', () => {
    expect(gapTemplates('nl', useTranslations('nl'))).toEqual({
      'month-one': 'Een maand later',
      'month-other': '%count% maanden later',
      'year-one': 'Een jaar later',
      'year-other': '%count% jaar later',
    });
    expect(gapTemplates('en', useTranslations('en'))['month-other']).toBe('%count% months later');
  });
});
