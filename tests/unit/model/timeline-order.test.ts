import { describe, expect, test } from 'vitest';
import { checkTimelineOrder } from '../../../src/model/checks/timeline-order.ts';
import { timelineEvent } from '../../support/content.ts';
import { orderTimeline } from '../../../src/model/timeline-order.ts';

const event = (id: string, date: string, after?: string) => timelineEvent(id, { date, after });

describe('the timeline order', () => {
  test('a reaction dated by its week follows the statement of a day inside that week', () => {
    const statement = event('statement', '2023-05-30');
    const reaction = event('reaction', '2023-W22', 'statement');
    const attack = event('attack', '2023-05-31');
    expect(orderTimeline([attack, reaction, statement]).map((one) => one.id)).toEqual(['statement', 'reaction', 'attack']);
    expect(checkTimelineOrder([attack, reaction, statement])).toEqual([]);
  });

  test('a reaction dated after its cause keeps its own date’s place', () => {
    const events = [event('reaction', '2023-05-31', 'cause'), event('other', '2023-05-30'), event('cause', '2023-05-30')];
    expect(orderTimeline(events).map((one) => one.id)).toEqual(['cause', 'other', 'reaction']);
  });

  test('without "after", a week sorts before the days inside it', () => {
    expect(orderTimeline([event('day', '2023-05-30'), event('week', '2023-W22')]).map((one) => one.id)).toEqual(['week', 'day']);
  });

  test('an unknown cause, the event itself and a circle are reported with the fix', () => {
    const problems = checkTimelineOrder([event('a', '2023-05', 'b'), event('b', '2023-05', 'a'), event('c', '2023-05', 'c'), event('d', '2023-05', 'nope')]);
    expect(problems.map((problem) => `${problem.file} → ${problem.field}: ${problem.message}`)).toEqual([
      'content/timeline/a.yaml → after: "after" leads round in a circle (a → b → a). An event can only follow one that comes first.',
      'content/timeline/b.yaml → after: "after" leads round in a circle (b → a → b). An event can only follow one that comes first.',
      'content/timeline/c.yaml → after: names the event itself. Name the event this one reacts to.',
      'content/timeline/d.yaml → after: there is no timeline event "nope". Use the file name of one in content/timeline/ (without .yaml).',
    ]);
    // Events in a circle keep their dates' order and none is lost.
    expect(orderTimeline([event('a', '2023-05', 'b'), event('b', '2023-05', 'a')]).map((one) => one.id)).toEqual(['a', 'b']);
  });
});
