/**
 * Indexes the site for search with Pagefind's Node API once `astro build` has written it, so a
 * plain `astro build` makes a searchable site. What is indexed is chosen in
 * src/site/search-records.ts (one record per passage, glossary entry and timeline event, per
 * language, each given to Pagefind as a small HTML document with its weights), not scraped from the
 * built pages; the records arrive through search-records-channel.ts.
 * Shaped after Starlight's integrations/pagefind.ts.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecordHtml } from '../site/search-records.ts';
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
  try {
    const { index } = assertNoErrors(await pagefind.createIndex({}), 'start an index');
    if (!index) throw new Error('Search: Pagefind returned no index.');
    for (const record of records) assertNoErrors(await index.addHTMLFile({ url: record.url, content: searchRecordHtml(record) }), `index ${record.url}`);
    assertNoErrors(await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', outDir)) }), 'write its files');
  } finally {
    await pagefind.close();
  }
  for (const file of unusedBundles) rmSync(new URL(`pagefind/${file}`, outDir), { force: true });
  logger.info(`Search: ${records.length} records indexed by Pagefind in ${Math.round(performance.now() - started)} ms.`);
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
