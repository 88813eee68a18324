import { describe, expect, test } from 'vitest';
import { checkTimelineReferences } from '../../../../src/model/checks/timeline-references.ts';
import { timelineEvent } from '../../../support/content.ts';

/** Evidence in an article the tests name as known or unknown. */
const evidence = { article: 'drones-moskou', quote: 'Moskou was dinsdag' };
const event = (fields: Record<string, unknown>) => timelineEvent('e', { evidence, ...fields });

describe('checkTimelineReferences', () => {
  test('an unknown glossary id is reported at its place in the list', () => {
    const problems = checkTimelineReferences([event({ actors: ['poetin', 'poetn'] })], new Set(['poetin']), new Set(['drones-moskou']));
    expect(problems).toEqual([
      { file: 'content/timeline/e.yaml', field: 'actors[1]', message: expect.stringContaining('no glossary entry "poetn"') },
    ]);
  });

  test('an unknown article slug in the evidence is reported', () => {
    const problems = checkTimelineReferences([event({})], new Set(), new Set(['ander-artikel']));
    expect(problems.map((problem) => problem.field)).toEqual(['evidence.article']);
  });

  test('known references pass', () => {
    expect(checkTimelineReferences([event({ actors: ['poetin'] })], new Set(['poetin']), new Set(['drones-moskou']))).toEqual([]);
  });
});
