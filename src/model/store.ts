/**
 * The content model of this build: loaded from Astro's collections, checked and indexed once
 * (src/model/create-model.ts), and shared by every page. A failed check stops `astro build` with
 * the file, the field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { createModel } from './create-model.ts';
import { type LedgerInput, ledgerFile, parseLedger } from './published-ledger.ts';
import { ContentError, type LoadedContent, type Model } from './types.ts';

/** The ledger of what was published, if the content folder has one (a generated bench folder has none). */
function loadLedger(): LedgerInput | undefined {
  const path = join(process.env.DUIDING_CONTENT_DIR ?? './content', ledgerFile);
  if (!existsSync(path)) return undefined;
  const file = relative(process.cwd(), path);
  try {
    return { file, ledger: parseLedger(readFileSync(path, 'utf8'), file) };
  } catch (error) {
    throw new AstroError((error as Error).message, 'Only npm run ledger:update writes this file.');
  }
}

async function loadContent(): Promise<LoadedContent> {
  const [articles, glossary, timeline, translations] = await Promise.all([
    getCollection('articles'),
    getCollection('glossary'),
    getCollection('timeline'),
    getCollection('translations'),
  ]);
  const plain = <Data,>(entry: { id: string; filePath?: string | undefined; data: Data }) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data });
  return {
    articles: articles.map((article) => ({ ...plain(article), body: article.body ?? '' })),
    glossary: glossary.map(plain),
    timeline: timeline.map(plain),
    translations: translations.map(plain),
    published: loadLedger(),
  };
}

async function buildModel(): Promise<Model> {
  let model: Model;
  try {
    model = createModel(await loadContent());
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new AstroError(error.message, 'Each line names the content file, the field and what to do; fix them and build again.');
  }
  if (model.warnings.length > 0) {
    console.warn(`The content has ${model.warnings.length} warning${model.warnings.length === 1 ? '' : 's'} (the build goes on):`);
    for (const warning of model.warnings) console.warn(`  ${warning.file} → ${warning.field}: ${warning.message}`);
  }
  return model;
}

let model: Promise<Model> | undefined;

/** The content model: loaded, checked and indexed once per build. */
export function getModel(): Promise<Model> {
  model ??= buildModel();
  return model;
}
