import { describe, expect, test } from 'vitest';
import { checkTimelineReferences } from '../../../../src/model/checks/timeline-references.ts';
import { timelineSchema } from '../../../../src/model/schemas/timeline.ts';

const event = (fields: Record<string, unknown>) => ({
  id: 'e',
  filePath: 'content/timeline/e.yaml',
  data: timelineSchema.parse({
    date: '2023-05-30',
    title: { nl: 'Droneaanval', en: 'Drone attack' },
    annotation: { nl: 'Tekst.', en: 'Text.' },
    evidence: { article: 'drones-moskou', quote: 'Moskou was dinsdag' },
    ...fields,
  }),
});

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
