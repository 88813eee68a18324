/**
 * `npm run import -- <file> [--slug <slug>] [--scaffold <name…>]`: the command's work, apart from
 * the process (src/cli/import.ts), so tests run it on a temporary content folder. Imports the
 * article (src/tooling/import-article.ts), refuses to overwrite, reports the names no glossary
 * alias matches (src/tooling/missing-names.ts) and writes draft entries for the names chosen.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { splitFrontmatter } from '../model/article-loader.ts';
import { readGlossary } from './glossary-files.ts';
import { draftId, glossaryDraft } from './glossary-draft.ts';
import { importArticle } from './import-article.ts';
import { findMissingNames, type MissingName } from './missing-names.ts';

export interface ImportArguments {
  file: string;
  slug?: string | undefined;
  /** Names to write draft glossary entries for. */
  scaffold: string[];
}

export const usage = 'Usage: npm run import -- <file> [--slug <slug>] [--scaffold <name> …]   (quote a name of several words: --scaffold "Buitenlandse Zaken")';

/** Reads the command line; returns a message when it cannot. */
export function parseImportArguments(argv: readonly string[]): ImportArguments | string {
  const files: string[] = [];
  const scaffold: string[] = [];
  let slug: string | undefined;
  let mode: 'file' | 'scaffold' = 'file';
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--slug') {
      slug = argv[++index];
      if (!slug) return `--slug needs a value. ${usage}`;
      mode = 'file';
    } else if (arg === '--scaffold') mode = 'scaffold';
    else if (arg.startsWith('--')) return `Unknown option ${arg}. ${usage}`;
    else if (mode === 'scaffold') scaffold.push(arg);
    else files.push(arg);
  }
  if (files.length !== 1) return `Give exactly one file to import. ${usage}`;
  return { file: files[0] as string, slug, scaffold };
}

export interface ImportRun {
  /** The process's exit code: 0 when the article (and any drafts) were written. */
  exitCode: number;
  /** What to print, line by line. */
  lines: string[];
  /** Files written, relative to `root`. */
  written: string[];
  missing: MissingName[];
}

export interface ImportContext {
  /** The project root: paths in messages are relative to it. */
  root: string;
  /** The content folder (content/, or a copy in tests). */
  contentDir: string;
  /** The day of the import, YYYY-MM-DD. */
  today: string;
}

/** Imports one article: writes it, lists the missing names, scaffolds drafts for the chosen ones. */
export function runImport(args: ImportArguments, context: ImportContext): ImportRun {
  const lines: string[] = [];
  const written: string[] = [];
  const shown = (path: string) => relative(context.root, path) || path;
  const fail = (message: string): ImportRun => ({ exitCode: 1, lines: [...lines, message], written, missing: [] });

  if (!existsSync(args.file)) return fail(`${args.file}: no such file.`);
  const received = readFileSync(args.file, 'utf8');
  const result = importArticle(received, { fileName: basename(args.file), today: context.today, slug: args.slug });
  if (!result.ok) {
    return fail(
      [
        `${args.file}: nothing written; ${result.unplaced.length === 1 ? 'one line' : `${result.unplaced.length} lines`} could not be placed (read as ${result.format === 'source' ? 'the source format' : 'Markdown'}):`,
        ...result.unplaced.map(({ line, text, reason }) => `  ${line > 0 ? `line ${line}` : 'slug'}: ${reason}.\n    ${JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}…` : text)}`),
      ].join('\n'),
    );
  }

  const target = join(context.contentDir, 'articles', `${result.slug}.md`);
  const bodyOf = (markdown: string, file: string) => splitFrontmatter(markdown, file).body.replace(/^\n+/, '').replace(/\n+$/, '');
  if (existsSync(target)) {
    // Scaffolding after the import that listed the names: the same text, already imported, is left as it is.
    const sameText = args.scaffold.length > 0 && bodyOf(readFileSync(target, 'utf8'), target) === bodyOf(result.markdown, target);
    if (!sameText) {
      return fail(`${shown(target)} already exists; nothing written. An article's slug is its URL and never changes: edit that file by hand, or import under another slug with --slug <slug>.`);
    }
    lines.push(`${shown(target)} already holds this text; left as it is.`);
  } else {
    writeFileSync(target, result.markdown, { flag: 'wx' });
    written.push(shown(target));
    lines.push(`Wrote ${shown(target)} (${result.format === 'source' ? 'source format' : 'Markdown'}).`);
    if (result.fieldsToWrite.length > 0) {
      lines.push(`  To write before it builds (marked TO WRITE in the file): ${result.fieldsToWrite.join(', ')}. The build names each until it is there.`);
    }
  }

  const glossary = readGlossary(join(context.contentDir, 'glossary'));
  const missing = findMissingNames(result.body, glossary.matcher);
  if (missing.length === 0) lines.push('Every name in the text has a glossary entry.');
  else {
    lines.push(`Names no glossary alias matches (${missing.length}), with their first passage:`);
    for (const name of missing) lines.push(`  ${name.name}${name.count > 1 ? ` (${name.count}×)` : ''}  #${name.passage}\n      ${name.excerpt}`);
    lines.push('  Add a form to an existing entry\'s aliases, write content/glossary/<id>.yaml, or run the same command again');
    lines.push('  with --scaffold "<name>" … for draft entries (the article, once imported, is left as it is).');
  }

  let exitCode = 0;
  for (const wanted of args.scaffold) {
    const found = missing.find((name) => name.name.toLowerCase() === wanted.toLowerCase());
    if (!found) {
      lines.push(`--scaffold "${wanted}": not among the missing names above (already in the glossary, or not in the text as written); no draft written.`);
      exitCode = 1;
      continue;
    }
    const id = draftId(found.name);
    const path = join(context.contentDir, 'glossary', `${id}.yaml`);
    if (existsSync(path)) {
      lines.push(`--scaffold "${wanted}": ${shown(path)} already exists; not overwritten.`);
      exitCode = 1;
      continue;
    }
    writeFileSync(path, glossaryDraft(found, result.slug), { flag: 'wx' });
    written.push(shown(path));
    lines.push(`Wrote the draft ${shown(path)}: left out of the site, with a warning, until an editor completes it and removes "draft: true".`);
  }
  return { exitCode, lines, written, missing };
}
