/**
 * Indexing one language at a time into one folder (src/integrations/pagefind-index.ts) writes the
 * bundle one Pagefind pass over all records writes: the same files, byte for byte, and an entry
 * that lists the same languages.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { indexByLanguage } from '../../../src/integrations/pagefind-index.ts';
import { createModel } from '../../../src/model/create-model.ts';
import { searchRecordHtml, searchRecordsOf } from '../../../src/site/search-records.ts';
import { readContent } from '../../support/content.ts';

const work = mkdtempSync(join(tmpdir(), 'duiding-pagefind-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return found;
}

describe('indexByLanguage', () => {
  test('writes the same bundle as one pass over all records', async () => {
    const records = searchRecordsOf(createModel(readContent()));
    const { index } = await pagefind.createIndex({});
    for (const record of records) await index?.addHTMLFile({ url: record.url, content: searchRecordHtml(record) });
    await index?.writeFiles({ outputPath: join(work, 'one-pass') });
    await pagefind.close();
    expect(await indexByLanguage(records, join(work, 'by-language'))).toEqual(['nl', 'en']);

    const [onePass, byLanguage] = [files(join(work, 'one-pass')), files(join(work, 'by-language'))];
    expect([...byLanguage.keys()].sort()).toEqual([...onePass.keys()].sort());
    const entry = 'pagefind-entry.json';
    expect(JSON.parse(byLanguage.get(entry)?.toString() ?? '')).toEqual(JSON.parse(onePass.get(entry)?.toString() ?? ''));
    expect([...onePass].filter(([path, bytes]) => path !== entry && !byLanguage.get(path)?.equals(bytes)).map(([path]) => path)).toEqual([]);
  });
});
