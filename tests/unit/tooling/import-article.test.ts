import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/model/article-loader.ts';
import { createModel } from '../../../src/model/create-model.ts';
import { articleSchema } from '../../../src/model/schemas/article.ts';
import { glossaryFileSchema, isGlossaryDraft } from '../../../src/model/schemas/glossary.ts';
import type { GlossaryDraftEntry } from '../../../src/model/types.ts';
import { compileTermMatcher } from '../../../src/text/term-matcher.ts';
import { readGlossary } from '../../../src/tooling/glossary-files.ts';
import { importArticle } from '../../../src/tooling/import-article.ts';
import { parseImportArguments, runImport } from '../../../src/tooling/import-command.ts';
import { findMissingNames } from '../../../src/tooling/missing-names.ts';
import { readContent } from '../../support/content.ts';
import { articleFile, fixtures, root, sourceArticle } from '../../support/paths.ts';

const today = '2026-11-27';
const markdownArticle = `${fixtures}import/proefartikel.md`;
const unplaceable = `${fixtures}import/unplaceable.txt`;

/** Everything after a file's frontmatter fence, as written in the file. */
function afterFrontmatter(text: string): string {
  const fence = /^---\n[\s\S]*?\n---\n/.exec(text);
  if (!fence) throw new Error('no frontmatter');
  return text.slice(fence[0].length);
}

const imported = (path: string, slug?: string) => {
  const result = importArticle(readFileSync(path, 'utf8'), { fileName: path.split('/').at(-1) as string, today, slug });
  if (!result.ok) throw new Error(JSON.stringify(result.unplaced));
  return result;
};

/** A content folder in the system's temp dir with the real glossary and no articles. */
const temporaryDirs: string[] = [];
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duiding-import-'));
  temporaryDirs.push(dir);
  mkdirSync(join(dir, 'articles'));
  cpSync(join(root, 'content/glossary'), join(dir, 'glossary'), { recursive: true });
  return dir;
}
afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe('importing the source as received', () => {
  const result = imported(sourceArticle, 'drones-moskou-witte-huis');

  test('reproduces the published article body byte for byte (modulo the final newline)', () => {
    const published = afterFrontmatter(readFileSync(articleFile, 'utf8'));
    expect(afterFrontmatter(result.markdown).replace(/\n$/, '')).toBe(published.replace(/\n$/, ''));
  });

  test('short lines without final punctuation become sub-headings, nothing else does', () => {
    expect(result.body.match(/^## .*$/gm)).toEqual(['## Oekraïners betrokken bij aanval', '## Russische reactie']);
  });

  test('the frontmatter gives what the copy says, as the published article has it, and invents nothing', () => {
    const { data } = splitFrontmatter(result.markdown, 'imported.md');
    const check = articleSchema.safeParse(data);
    // What only an editor can write is left out, so the build refuses the file and names each field.
    expect(check.success).toBe(false);
    const fields = (check.error?.issues ?? []).map((issue) => issue.path.join('.')).sort();
    expect(fields).toEqual(['reviewed', 'standfirst', 'title']);
    expect(check.error?.issues.find((issue) => issue.path[0] === 'title')?.message).toMatch(/is missing/);
    expect(result.fieldsToWrite.sort()).toEqual(['reviewed', 'source.derivedDay', 'standfirst', 'title']);
    expect(result.markdown).toMatch(/# TO WRITE .*the source has no headline/);

    // Filled in by an editor as the published article is, the rest matches the published frontmatter.
    const publishedData = articleSchema.parse(splitFrontmatter(readFileSync(articleFile, 'utf8'), articleFile).data);
    const source = { ...(data.source as object), derivedDay: { date: '2023-05-31', derivation: { nl: 'x', en: 'x' } } };
    const completed = articleSchema.parse({ ...data, source, title: 'T', standfirst: 'S', reviewed: today });
    expect(completed.published).toEqual(publishedData.published);
    expect(completed.image).toEqual(publishedData.image);
    expect(completed.titleBy).toBe('site');
    expect(completed.standfirstBy).toBe('site');
    const { derivedDay: _derived, ...provenance } = completed.source;
    expect(provenance).toEqual({ publisher: 'not-stated', author: 'not-stated', headline: 'not-stated', url: 'not-stated', rights: 'not-stated' });
  });

  test('without the month-only date the derived day is not asked for', () => {
    const result = importArticle(' date 2023-05-31 Een foto. Beeld A / B\n\nEen alinea.\n', { fileName: 'x.txt', today });
    expect(result.ok && result.fieldsToWrite).toEqual(['title', 'standfirst', 'reviewed']);
  });
});

describe('importing an article of our own making in plain Markdown', () => {
  const result = imported(markdownArticle);
  const { data, body } = splitFrontmatter(result.markdown, 'proefartikel.md');

  test('takes the "#" headline as the source\'s title and headline, keeps frontmatter, sub-heading as ##', () => {
    expect(result.format).toBe('markdown');
    expect(result.slug).toBe('proef-met-een-nieuwe-raket');
    expect(data).toMatchObject({ title: 'Proef met een nieuwe raket', titleBy: 'source', published: '2024-02-14', lang: 'nl', addedOn: today });
    expect(data.source).toEqual({ publisher: 'not-stated', author: 'not-stated', headline: 'Proef met een nieuwe raket', url: 'not-stated', rights: 'not-stated' });
    expect(body.trim().split('\n\n')).toEqual([
      'De Amerikaanse regering heeft woensdag bevestigd dat de Atacms in Oekraïne is aangekomen. Dat zei een woordvoerder van de NAVO in Brussel.',
      '## Reactie uit Moskou',
      'Volgens het ministerie reageerde Poetin kalm. Generaal Valeri Gerasimov liet weten dat de Russische luchtverdediging de raketten zal onderscheppen.',
    ]);
    // Only the standfirst and the review day are the editor's to write: a day needs no derived day.
    expect(articleSchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['reviewed', 'standfirst']);
  });
});

describe('lines the importer cannot place', () => {
  test('are each explained with their line number, and nothing is imported', () => {
    const result = importArticle(readFileSync(unplaceable, 'utf8'), { fileName: 'unplaceable.txt', today });
    expect(result.ok).toBe(false);
    const unplaced = result.ok ? [] : result.unplaced;
    expect(unplaced.map(({ line }) => line)).toEqual([4, 6, 8]);
    expect(unplaced[0]?.reason).toMatch(/without a blank line/);
    expect(unplaced[1]?.reason).toMatch(/too long for a sub-heading/);
    expect(unplaced[2]?.reason).toMatch(/list marker/);
  });

  test('the command prints them and writes no file', () => {
    const dir = contentCopy();
    const run = runImport({ file: unplaceable, scaffold: [] }, { root, contentDir: dir, today });
    expect(run.exitCode).not.toBe(0);
    expect(run.lines.join('\n')).toMatch(/line 4: follows line 3 without a blank line[\s\S]*line 6: [\s\S]*line 8: /);
    expect(run.written).toEqual([]);
  });

  test('in Markdown, a list or raw HTML is explained with its line; a wrapped paragraph is kept as it is', () => {
    const result = importArticle('Een alinea die over\ntwee regels loopt.\n\nTekst met <b>vet</b>.\n\n1. een lijst\n', { fileName: 'stuk.md', today });
    expect(!result.ok && result.unplaced.map(({ line, reason }) => `${line} ${reason.split(/[,;(]/)[0]}`)).toEqual([
      '4 holds raw HTML',
      '6 starts with a number and "." or ")"',
    ]);
    const wrapped = importArticle('Een alinea die over\ntwee regels loopt.\n', { fileName: 'stuk.md', today });
    expect(wrapped.ok && wrapped.body).toBe('\nEen alinea die over\ntwee regels loopt.\n');
  });

  test('a caption without its credit is explained on line 1', () => {
    const result = importArticle(' date 2023-05 Een foto zonder maker.\n\nEen alinea.\n', { fileName: 'x.txt', today });
    expect(!result.ok && result.unplaced.map(({ line, reason }) => [line, /Beeld/.test(reason)])).toEqual([[1, true]]);
  });
});

describe('the import command', () => {
  test('writes the article once and refuses to overwrite it, leaving it as it was', () => {
    const dir = contentCopy();
    const first = runImport({ file: sourceArticle, slug: 'drones-test', scaffold: [] }, { root, contentDir: dir, today });
    expect(first.exitCode).toBe(0);
    const path = join(dir, 'articles/drones-test.md');
    const written = readFileSync(path, 'utf8');
    const second = runImport({ file: markdownArticle, slug: 'drones-test', scaffold: [] }, { root, contentDir: dir, today });
    expect(second.exitCode).not.toBe(0);
    expect(second.lines.join('\n')).toMatch(/drones-test\.md already exists; nothing written/);
    expect(readFileSync(path, 'utf8')).toBe(written);
  });

  test('as a process, exits with a non-zero code and says why when the article exists', () => {
    const dir = contentCopy();
    copyFileSync(articleFile, join(dir, 'articles/drones-moskou-witte-huis.md'));
    const run = spawnSync(process.execPath, [join(root, 'src/cli/import.ts'), sourceArticle, '--slug', 'drones-moskou-witte-huis'], {
      env: { ...process.env, DUIDING_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/drones-moskou-witte-huis\.md already exists; nothing written/);
    expect(readFileSync(join(dir, 'articles/drones-moskou-witte-huis.md'), 'utf8')).toBe(readFileSync(articleFile, 'utf8'));
  });

  test('reads its arguments: one file, --slug, and several names after --scaffold', () => {
    expect(parseImportArguments(['a.txt', '--slug', 'x', '--scaffold', 'Valeri Gerasimov', 'NAVO'])).toEqual({ file: 'a.txt', slug: 'x', scaffold: ['Valeri Gerasimov', 'NAVO'] });
    expect(parseImportArguments([])).toMatch(/exactly one file/);
    expect(parseImportArguments(['a', '--force'])).toMatch(/Unknown option --force/);
  });
});

describe('the missing-names report', () => {
  const glossary = readGlossary(join(root, 'content/glossary'));
  const names = findMissingNames(imported(markdownArticle).body, glossary.matcher);
  const listed = names.map((name) => name.name);

  test('finds names, acronyms and places no glossary alias matches, each with its first passage', () => {
    expect(listed).toEqual(expect.arrayContaining(['NAVO', 'Brussel', 'Valeri Gerasimov']));
    const gerasimov = names.find((name) => name.name === 'Valeri Gerasimov');
    expect(gerasimov?.passage).toBe('volgens-het-ministerie-reageerde-poetin-kalm');
    expect(gerasimov?.excerpt).toBe('Generaal Valeri Gerasimov liet weten dat de Russische luchtverdediging de raketten zal onderscheppen.');
  });

  test('leaves out sentence starts, common words, adjectives of origin and what the glossary covers', () => {
    for (const word of ['De', 'Dat', 'Volgens', 'Generaal', 'Amerikaanse', 'Russische', 'Poetin', 'Atacms', 'Oekraïne', 'Moskou']) {
      expect(listed.some((name) => name.split(' ').includes(word))).toBe(false);
    }
  });

  test('a name the glossary gains an alias for is no longer listed (the site\'s own matcher decides)', () => {
    const withGerasimov = compileTermMatcher([...glossary.entries.map((entry) => ({ id: entry.id, aliases: entry.data.aliases.nl, matchCase: entry.data.matchCase })), { id: 'gerasimov', aliases: ['Gerasimov'] }]);
    const after = findMissingNames(imported(markdownArticle).body, withGerasimov).map((name) => name.name);
    expect(after).not.toContain('Valeri Gerasimov');
    expect(after).not.toContain('Valeri');
    expect(after).toContain('NAVO');
  });

  test('in the published article, a hyphenated compound of a known name is covered, and Russen is not', () => {
    const report = findMissingNames(imported(sourceArticle).body, glossary.matcher).map((name) => name.name);
    expect(report).toContain('Russen');
    expect(report.filter((name) => /Atacms|Moskou|Zelensky|Poetin|Biden/.test(name))).toEqual([]);
  });
});

describe('scaffolded drafts', () => {
  const dir = contentCopy();
  const run = runImport({ file: markdownArticle, scaffold: ['Valeri Gerasimov', 'Poetin'] }, { root, contentDir: dir, today });
  const draftPath = join(dir, 'glossary/valeri-gerasimov.yaml');

  test('are written for missing names only, marked draft: true', () => {
    expect(existsSync(draftPath)).toBe(true);
    expect(run.lines.join('\n')).toMatch(/--scaffold "Poetin": not among the missing names/);
    expect(run.exitCode).not.toBe(0);
    const data = glossaryFileSchema.parse(load(readFileSync(draftPath, 'utf8')));
    expect(isGlossaryDraft(data)).toBe(true);
    expect(readGlossary(join(dir, 'glossary')).drafts).toEqual(['valeri-gerasimov']);
  });

  test('a second run with --scaffold leaves the imported article as it is', () => {
    const again = runImport({ file: markdownArticle, scaffold: ['NAVO'] }, { root, contentDir: dir, today });
    expect(again.exitCode).toBe(0);
    expect(again.written.map((file) => file.split('/').at(-1))).toEqual(['navo.yaml']);
  });

  test('are left out of the site with a warning naming the file and the fix, and break neither marking nor checks', () => {
    const content = readContent();
    const plain = createModel(content);
    // A draft that even claims an alias another entry has (Poetin) must not disturb anything.
    const draft = (id: string, yaml: string): GlossaryDraftEntry => ({
      id,
      filePath: `content/glossary/${id}.yaml`,
      data: glossaryFileSchema.parse(load(yaml)) as GlossaryDraftEntry['data'],
    });
    const drafts = [draft('valeri-gerasimov', readFileSync(draftPath, 'utf8')), draft('poetin-draft', 'draft: true\naliases: { nl: [Poetin, Moskou] }\n')];
    const model = createModel({ ...content, glossary: [...content.glossary, ...drafts] });

    expect(model.glossary.map((entry) => entry.id)).toEqual(plain.glossary.map((entry) => entry.id));
    expect(model.entryById.has('valeri-gerasimov')).toBe(false);
    const warnings = model.warnings.filter((warning) => warning.field === 'draft');
    expect(warnings.map((warning) => warning.file)).toEqual(['content/glossary/valeri-gerasimov.yaml', 'content/glossary/poetin-draft.yaml']);
    expect(warnings[0]?.message).toMatch(/left out of the site[\s\S]*remove "draft: true"/);
    const mentions = (m: typeof model) => [...m.analysisByArticle.values()].map((analysis) => analysis.mentions.map((mention) => mention.term));
    expect(mentions(model)).toEqual(mentions(plain));
  });

  test('a complete entry still gets the full schema\'s messages, not a union\'s', () => {
    const result = glossaryFileSchema.safeParse({ kind: 'person' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === 'name')?.message).toMatch(/is missing/);
  });
});
