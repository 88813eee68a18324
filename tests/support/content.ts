/**
 * Content read from folders the way the build reads it (each file through its collection's schema),
 * without Astro: for unit tests of the content model. `overlay` lays a fixture's files over the
 * real content, as tests/fixtures/bad-content/ cases expect.
 */
import { join } from 'node:path';
import { isGlossaryDraft } from '../../src/model/schemas/glossary.ts';
import { timelineSchema } from '../../src/model/schemas/timeline.ts';
import type { Content, TimelineEvent } from '../../src/model/types.ts';
import { readContentFolder } from '../../src/tooling/read-content.ts';
import { root } from './paths.ts';

/**
 * The content of `dir` (default: the real content), with `overlay`'s files laid over it; the
 * overlay's ledger (published.json), if it has one, replaces the content's. Test content holds no
 * draft entries: a test that needs one adds it to the glossary itself.
 */
export function readContent(overlay?: string, dir = join(root, 'content')): Content {
  const loaded = readContentFolder(dir, root, overlay ? [overlay] : []);
  return {
    ...loaded,
    glossary: loaded.glossary.map((entry) => {
      if (isGlossaryDraft(entry.data)) throw new Error(`${entry.filePath} is a draft; test content holds published entries only.`);
      return { ...entry, data: entry.data };
    }),
  };
}

/**
 * One timeline event as the model holds it, from the fields a test cares about; the rest are
 * filled in (dated 30 May 2023, titled by its id, from a named outside source unless it has
 * evidence). For unit tests of the checks and of the timeline's order.
 */
export function timelineEvent(id: string, fields: Record<string, unknown> = {}): TimelineEvent {
  const data = { date: '2023-05-30', title: { nl: id, en: id }, annotation: { nl: id, en: id }, ...(fields.evidence ? {} : { source: { name: 'Test' } }), ...fields };
  return { id, filePath: `content/timeline/${id}.yaml`, data: timelineSchema.parse(data) };
}
