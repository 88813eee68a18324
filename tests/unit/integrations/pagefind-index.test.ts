/**
 * Indexing one language at a time into one folder (src/integrations/pagefind-index.ts) writes the
 * bundle one Pagefind pass over all records writes: the same files, byte for byte, and an entry
 * that lists the same languages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { indexByLanguage } from '../../../src/integrations/pagefind-index.ts';
import { createModel } from '../../../src/model/create-model.ts';
import { searchRecordHtml, searchRecordsOf } from '../../../src/site/search-records.ts';
import { readContent } from '../../support/content.ts';
import { fileContents } from '../../support/files.ts';

const work = mkdtempSync(join(tmpdir(), 'duiding-pagefind-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('indexByLanguage', () => {
  test('writes the same bundle as one pass over all records', async () => {
    const records = searchRecordsOf(createModel(readContent()));
    const { index } = await pagefind.createIndex({});
    for (const record of records) await index?.addHTMLFile({ url: record.url, content: searchRecordHtml(record) });
    await index?.writeFiles({ outputPath: join(work, 'one-pass') });
    await pagefind.close();
    expect(await indexByLanguage(records, join(work, 'by-language'))).toEqual(['nl', 'en']);

    const [onePass, byLanguage] = [fileContents(join(work, 'one-pass')), fileContents(join(work, 'by-language'))];
    expect([...byLanguage.keys()].sort()).toEqual([...onePass.keys()].sort());
    const entry = 'pagefind-entry.json';
    expect(JSON.parse(byLanguage.get(entry)?.toString() ?? '')).toEqual(JSON.parse(onePass.get(entry)?.toString() ?? ''));
    expect([...onePass].filter(([path, bytes]) => path !== entry && !byLanguage.get(path)?.equals(bytes)).map(([path]) => path)).toEqual([]);
  });
});
