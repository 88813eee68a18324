/**
 * The glossary as the build reads it, for Node-side tools (the importer): every
 * `content/glossary/*.yaml` through the collection's schema, drafts left out as the content model
 * leaves them out, and the Dutch aliases compiled the way the model compiles them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { aliasSources } from '../model/glossary-aliases.ts';
import { type GlossaryData, glossaryFileSchema, isGlossaryDraft } from '../model/schemas/glossary.ts';
import { compileTermMatcher, type TermMatcher } from '../text/term-matcher.ts';

export interface GlossaryFiles {
  /** Published entries (not drafts), by id. */
  entries: { id: string; data: GlossaryData }[];
  /** Ids of the draft entries. */
  drafts: string[];
  /** The Dutch matcher over the published entries' aliases. */
  matcher: TermMatcher;
}

/** Reads the glossary folder. Throws on a file its schema rejects, naming the file. */
export function readGlossary(dir: string): GlossaryFiles {
  const entries: GlossaryFiles['entries'] = [];
  const drafts: string[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort()) {
    const id = name.replace(/\.yaml$/, '');
    const result = glossaryFileSchema.safeParse(load(readFileSync(join(dir, name), 'utf8')));
    if (!result.success) throw new Error(`${join(dir, name)}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    if (isGlossaryDraft(result.data)) drafts.push(id);
    else entries.push({ id, data: result.data });
  }
  return { entries, drafts, matcher: compileTermMatcher(aliasSources(entries, 'nl')) };
}
