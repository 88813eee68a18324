/**
 * Indexes the site for search with Pagefind's Node API once `astro build` has written it, so a
 * plain `astro build` makes a searchable site. What is indexed is chosen in
 * src/site/search-records.ts (one record per passage, glossary entry and timeline event, per
 * language, each given to Pagefind as a small HTML document with its weights), not scraped from the
 * built pages; the records arrive through search-records-channel.ts.
 * Shaped after Starlight's integrations/pagefind.ts.
 *
 * Each language is indexed on its own, one Pagefind service after the other, into the same folder:
 * Pagefind keeps a separate index per language anyway (its files are named by the language and a
 * hash of their content), so the folder holds the same files as one pass over all records, and
 * only `pagefind-entry.json`, which lists the languages, is written once more with all of them
 * (pagefind-entry.ts). The indexer's memory peaks while it writes an index, and grows with the
 * records it holds: one language at a time holds half of them.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecordHtml, type SearchRecord } from '../site/search-records.ts';
import { mergeEntries, type PagefindEntry } from './pagefind-entry.ts';
import { clearSearchRecords, takeSearchRecords } from './search-records-channel.ts';

/** The module that publishes the records from inside the prerender bundle. */
const publisher = fileURLToPath(new URL('./search-records-publisher.ts', import.meta.url));

/** Pagefind's ready-made search interfaces: the site has its own, so they would be dead weight. */
const unusedBundles = ['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui'].flatMap((name) => [`${name}.js`, `${name}.css`]);

function assertNoErrors<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Search: Pagefind could not ${what}: ${response.errors.join('; ')}`);
  return response;
}

async function writeIndex(outDir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const records = await takeSearchRecords();
  if (!records) {
    throw new Error(
      'Search: no search records reached the Pagefind integration, so the site would have no search. ' +
        'They are published by src/integrations/search-records-publisher.ts while the pages prerender; ' +
        'check that it is still injected into the pages and that prerendering runs in this process.',
    );
  }
  const started = performance.now();
  const languages = await indexByLanguage(records, fileURLToPath(new URL('pagefind/', outDir)));
  for (const file of unusedBundles) rmSync(new URL(`pagefind/${file}`, outDir), { force: true });
  logger.info(`Search: ${records.length} records indexed by Pagefind in ${Math.round(performance.now() - started)} ms (${languages.join(', ')}, one after the other).`);
}

/** Indexes the records into `outputPath`, one language at a time, and lists every language in its entry; returns the languages. */
export async function indexByLanguage(records: readonly SearchRecord[], outputPath: string): Promise<string[]> {
  const byLanguage = Map.groupBy(records, (record) => record.language);
  const entries: PagefindEntry[] = [];
  for (const [language, group] of byLanguage) entries.push(await indexLanguage(group, outputPath, language));
  writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(mergeEntries(entries)));
  return [...byLanguage.keys()];
}

/** Indexes one language's records into `outputPath` with a Pagefind service of its own; returns the entry it wrote. */
async function indexLanguage(records: readonly SearchRecord[], outputPath: string, language: string): Promise<PagefindEntry> {
  try {
    const { index } = assertNoErrors(await pagefind.createIndex({}), 'start an index');
    if (!index) throw new Error('Search: Pagefind returned no index.');
    for (const record of records) assertNoErrors(await index.addHTMLFile({ url: record.url, content: searchRecordHtml(record) }), `index ${record.url}`);
    assertNoErrors(await index.writeFiles({ outputPath }), `write the ${language} index`);
  } finally {
    await pagefind.close();
  }
  return JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'duiding:pagefind-index',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        // Only builds index; `astro dev` and `astro check` need no records.
        if (command === 'build') injectScript('page-ssr', `import ${JSON.stringify(publisher)};`);
      },
      'astro:build:start': () => clearSearchRecords(),
      'astro:build:done': ({ dir, logger }) => writeIndex(dir, logger),
    },
  };
}
