/**
 * Turns an article as received into the Markdown file the site reads (`content/articles/<slug>.md`):
 * pure, so `src/cli/import.ts` only reads and writes files. Two forms are read:
 *
 * - the source format of `tests/fixtures/source/`: a first line ` date YYYY-MM <photo caption>
 *   Beeld <credit>`, then paragraphs separated by blank lines, where a short line without final
 *   punctuation is a sub-heading;
 * - plain Markdown, with optional YAML frontmatter (its fields are kept), `#` for the source's own
 *   headline on the first line and `##`–`######` for sub-headings.
 *
 * Paragraphs are copied verbatim; sub-headings become `##`. Nothing is invented: the provenance
 * fields the text does not give are written `not-stated`, and what only an editor can write (a
 * headline the source lacks, the standfirst, the derived day, the review day) is left out with a
 * comment marking it, so the build refuses the article with the schema's message until it is
 * written. A line that cannot be placed stops the import with its line number and why.
 */
import { dump, load } from 'js-yaml';
import { NOT_STATED } from '../model/schemas/article.ts';
import { slugPattern } from '../model/schemas/fields.ts';
import { slugWords } from '../text/slug.ts';

/** A line the importer cannot place, with why and what to do. */
export interface UnplacedLine {
  /** 1-based line number in the file as received. */
  line: number;
  text: string;
  reason: string;
}

export interface ImportOptions {
  /** The received file's name, for the default slug and the comment in the frontmatter. */
  fileName: string;
  /** The day of the import (YYYY-MM-DD), written as `addedOn`. */
  today: string;
  /** The article's slug (its file name and URL); by default from the headline or the file name. */
  slug?: string | undefined;
}

export type ImportResult =
  | { ok: true; slug: string; format: 'source' | 'markdown'; markdown: string; body: string; fieldsToWrite: string[] }
  | { ok: false; format: 'source' | 'markdown'; unplaced: UnplacedLine[] };

/** ` date 2023-05 Caption … Beeld Credit`: the source format's first line. */
const sourceFirstLine = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+(.*?))?\s*$/;

/** The longest line read as a sub-heading when it has no final punctuation. */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 100;

/** Ends a sentence, or a quotation that ends one. */
const finalPunctuation = /[.!?…:;’'”")»]$/u;

/** Line starts that Markdown would read as something other than a paragraph. */
const blockSyntax: [RegExp, string][] = [
  [/^ {0,3}#/, 'starts with "#", which Markdown reads as a heading'],
  [/^ {0,3}>/, 'starts with ">", which Markdown reads as a block quote'],
  [/^ {0,3}[-*+](\s|$)/, 'starts with a list marker ("-", "*" or "+")'],
  [/^ {0,3}\d{1,9}[.)](\s|$)/, 'starts with a number and "." or ")", which Markdown reads as a numbered list'],
  [/^ {0,3}(```|~~~)/, 'starts a code block'],
  [/^( {4}|\t)/, 'is indented, which Markdown reads as code'],
  [/^ {0,3}\|/, 'starts with "|", a table'],
  [/^ {0,3}(={3,}|-{3,}|\*{3,}|_{3,})\s*$/, 'is a rule or an underline, not text'],
  [/^ {0,3}!\[/, 'is an image; the article\'s photo goes in the frontmatter (image: caption, credit)'],
];

/** Inline characters that would not survive as written in the source format. */
const inlineSyntax: [RegExp, string][] = [
  [/</, 'holds "<", which Markdown may read as HTML (the build refuses raw HTML); write it as "&lt;" or rephrase only with the source\'s agreement'],
  [/[*_`]/, 'holds "*", "_" or "`", which Markdown reads as emphasis or code, so the text would not be shown verbatim; escape it with "\\"'],
  [/\[[^\]]*\]\(/, 'holds a Markdown link "[…](…)"; the source format carries no links'],
];

/** In Markdown, emphasis and links are the source's own markup; HTML is refused by the build. */
const rawHtml: [RegExp, string][] = [[/<\/?[A-Za-z!?]/, 'holds raw HTML, which the build refuses (src/model/checks/article-body-markup.ts)']];

const problemIn = (text: string, rules: [RegExp, string][]) => rules.find(([pattern]) => pattern.test(text))?.[1];

interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  lines: string[];
}

/** Blocks of consecutive non-blank lines, from line `firstLine` (1-based) of `lines`. */
function blocksOf(lines: readonly string[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  lines.forEach((text, index) => {
    if (text.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) blocks.push((current = { line: firstLine + index, lines: [] }));
    current.lines.push(text);
  });
  return blocks;
}

interface Parsed {
  /** Frontmatter fields known from the text. */
  data: Record<string, unknown>;
  /** Body blocks as they go into the file: paragraphs verbatim, sub-headings as `## …`. */
  blocks: string[];
  unplaced: UnplacedLine[];
}

/** The source format: a date-and-caption line, then one paragraph or sub-heading per block. */
function parseSource(lines: readonly string[]): Parsed {
  const unplaced: UnplacedLine[] = [];
  const data: Record<string, unknown> = {};
  const first = sourceFirstLine.exec(lines[0] ?? '');
  if (first) {
    data.published = first[1];
    const caption = first[2]?.trim();
    if (caption) {
      // "… op dinsdag. Beeld Kirill Kudryavtsev / AFP": the credit follows the last "Beeld".
      const credit = /^(.*\S)\s+Beeld\s+(.+)$/u.exec(caption);
      if (credit) data.image = { caption: credit[1], credit: (credit[2] as string).trim() };
      else unplaced.push({ line: 1, text: lines[0] as string, reason: 'the photo caption has no credit ("Beeld <photographer / agency>" at its end); add it as received, or remove the caption if the photo is not used' });
    }
  }

  const blocks: string[] = [];
  for (const block of blocksOf(lines.slice(1), 2)) {
    const [text, ...rest] = block.lines as [string, ...string[]];
    rest.forEach((extra, index) =>
      unplaced.push({
        line: block.line + index + 1,
        text: extra,
        reason: `follows line ${block.line + index} without a blank line: a paragraph is one line in this format, so this is a new paragraph, a sub-heading or a broken line. Put a blank line before it, or join it to the line above`,
      }),
    );
    const syntax = problemIn(text, blockSyntax) ?? problemIn(text, inlineSyntax);
    if (syntax) {
      unplaced.push({ line: block.line, text, reason: syntax });
      continue;
    }
    const trimmed = text.trim();
    if (finalPunctuation.test(trimmed)) {
      blocks.push(text);
      continue;
    }
    const words = trimmed.split(/\s+/).length;
    if (words <= HEADING_MAX_WORDS && trimmed.length <= HEADING_MAX_CHARS) {
      blocks.push(`## ${trimmed}`);
      continue;
    }
    unplaced.push({
      line: block.line,
      text,
      reason: `ends without punctuation but is too long for a sub-heading (${words} words; a sub-heading has at most ${HEADING_MAX_WORDS}): a sentence cut off, or a missing full stop? Complete it as received`,
    });
  }
  return { data, blocks, unplaced };
}

/** YAML reads `2023-05-30` as a Date; the site's files write days as text. */
function withDays(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(withDays);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withDays(item)]));
  return value;
}

/** Plain Markdown: optional frontmatter, an optional `#` headline first, then paragraphs and sub-headings. */
function parseMarkdown(lines: readonly string[]): Parsed {
  const unplaced: UnplacedLine[] = [];
  let data: Record<string, unknown> = {};
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (end < 0) {
      unplaced.push({ line: 1, text: lines[0], reason: 'opens a frontmatter block that never closes: add a line "---" after the fields' });
      return { data, blocks: [], unplaced };
    }
    try {
      const parsed = load(lines.slice(1, end).join('\n'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = withDays(parsed) as Record<string, unknown>;
      else if (parsed != null) unplaced.push({ line: 2, text: lines[1] ?? '', reason: 'the frontmatter is not a set of "field: value" lines' });
    } catch (error) {
      const mark = (error as { mark?: { line: number } }).mark;
      const line = mark ? mark.line + 2 : 2;
      unplaced.push({ line, text: lines[line - 1] ?? '', reason: `the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    }
    start = end + 1;
  }

  const blocks: string[] = [];
  for (const [position, block] of blocksOf(lines.slice(start), start + 1).entries()) {
    const [text, ...rest] = block.lines as [string, ...string[]];
    const heading = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (heading) {
      rest.forEach((extra, index) =>
        unplaced.push({ line: block.line + index + 1, text: extra, reason: `follows the heading on line ${block.line} without a blank line; put a blank line between them` }),
      );
      const words = heading[2] as string;
      // A "#" headline on the first line is the source's own: title and original headline.
      if (heading[1] === '#' && position === 0 && data.title === undefined) {
        data.title = words;
        data.titleBy = 'source';
        data.source = { headline: words, ...(data.source as Record<string, unknown> | undefined) };
      } else blocks.push(`## ${words}`);
      continue;
    }
    let placed = true;
    block.lines.forEach((line, index) => {
      // A wrapped paragraph's later lines may be indented: that is no code block there.
      const syntax = problemIn(index === 0 ? line : line.trimStart(), blockSyntax);
      const reason = syntax
        ? `${syntax}; an article body holds only paragraphs and sub-headings ("## …"), so write it as one of those, or leave it out with the source's agreement`
        : problemIn(line, rawHtml);
      if (!reason) return;
      placed = false;
      unplaced.push({ line: block.line + index, text: line, reason });
    });
    if (placed) blocks.push(block.lines.join('\n'));
  }
  return { data, blocks, unplaced };
}

/** The frontmatter's fields in the order an article file gives them. */
const fieldOrder = ['title', 'titleBy', 'standfirst', 'standfirstBy', 'lang', 'published', 'source', 'addedOn', 'reviewed', 'corrections', 'image', 'tags'];
const provenanceFields = ['publisher', 'author', 'headline', 'url', 'rights'];

/** What an editor must write before the build accepts the article, as a YAML comment. */
const toWrite: Record<string, string> = {
  title:
    'TO WRITE (the build refuses the article until it is): the source has no headline. Write one from the article\'s own words, never\n' +
    '# invent one, and keep titleBy: site (see content/articles/drones-moskou-witte-huis.md).',
  standfirst: 'TO WRITE: one or two sentences, in the site\'s voice, that say what the article is about (standfirstBy: site).',
  reviewed: 'TO WRITE: the day an editor checked this page\'s own statements (title, standfirst, derived day), YYYY-MM-DD.',
  published: 'TO WRITE: the date the copy received gives, only as precise as it is (2023, 2023-05 or 2023-05-30).',
  derivedDay:
    'TO WRITE: the copy gives only a month or a year. Add the day the text itself pins and how, or the build refuses it:\n' +
    '  # derivedDay: { date: YYYY-MM-DD, derivation: { nl: …, en: … } }',
};

const yamlLines = (value: Record<string, unknown>) => dump(value, { lineWidth: -1, noRefs: true }).trimEnd();

/** The frontmatter text: known fields as YAML, what an editor must write as a marked comment. */
function frontmatter(data: Record<string, unknown>, received: string, format: 'source' | 'markdown'): { text: string; fieldsToWrite: string[] } {
  const fieldsToWrite: string[] = [];
  const out = [`# Imported from ${received} (${format === 'source' ? 'the source format' : 'Markdown'}) by \`npm run import\`. Lines marked TO WRITE are for an editor.`];
  for (const key of [...fieldOrder, ...Object.keys(data).filter((key) => !fieldOrder.includes(key))]) {
    const value = data[key];
    if (key === 'source') {
      const source = value as Record<string, unknown>;
      out.push('# Where the article comes from, as far as the copy received says: what it does not give is "not-stated".');
      const { derivedDay, ...rest } = source;
      out.push(yamlLines({ source: rest }));
      if (derivedDay !== undefined) out.push(yamlLines({ derivedDay }).replace(/^/gm, '  '));
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(String(data.published ?? ''))) {
        fieldsToWrite.push('source.derivedDay');
        out.push(`  # ${toWrite.derivedDay}`);
      }
      continue;
    }
    if (value !== undefined) {
      out.push(yamlLines({ [key]: value }));
      continue;
    }
    const note = toWrite[key];
    if (note) {
      fieldsToWrite.push(key);
      out.push(`# ${note}`, `# ${key}:`);
    }
  }
  return { text: out.join('\n'), fieldsToWrite };
}

/** The slug from `--slug`, the headline's first words, or the received file's name. */
function chooseSlug(options: ImportOptions, title: unknown): string {
  if (options.slug) return options.slug;
  if (typeof title === 'string' && title.trim()) return slugWords(title).slice(0, 6).join('-');
  return slugWords(options.fileName.replace(/\.[^.]*$/, '')).join('-');
}

/** Whether `text` is in the source format (a first line ` date YYYY…`) rather than Markdown. */
export function isSourceFormat(text: string): boolean {
  return sourceFirstLine.test(text.split(/\r?\n/, 1)[0] ?? '');
}

/** Turns a received article into the site's Markdown file, or says which lines it cannot place. */
export function importArticle(received: string, options: ImportOptions): ImportResult {
  const lines = received.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const format = isSourceFormat(received) ? 'source' : 'markdown';
  const parsed = format === 'source' ? parseSource(lines) : parseMarkdown(lines);
  const unplaced = [...parsed.unplaced];
  if (parsed.blocks.length === 0 && unplaced.length === 0) unplaced.push({ line: lines.length, text: lines.at(-1) ?? '', reason: 'the file holds no paragraph: there is no article text to import' });

  const slug = chooseSlug(options, parsed.data.title);
  if (!slugPattern.test(slug)) unplaced.push({ line: 0, text: slug, reason: `"${slug}" cannot be a slug (lower-case letters, digits and single hyphens); give one with --slug` });
  if (unplaced.length > 0) return { ok: false, format, unplaced: unplaced.sort((a, b) => a.line - b.line) };

  const given = parsed.data;
  const givenSource = (given.source ?? {}) as Record<string, unknown>;
  const data: Record<string, unknown> = {
    ...given,
    // Written by the site when the editor writes them; a given one keeps what the file says.
    titleBy: given.titleBy ?? (given.title === undefined ? 'site' : undefined),
    standfirstBy: given.standfirstBy ?? (given.standfirst === undefined ? 'site' : undefined),
    lang: given.lang ?? 'nl',
    source: { ...Object.fromEntries(provenanceFields.map((field) => [field, givenSource[field] ?? NOT_STATED])), ...givenSource },
    addedOn: given.addedOn ?? options.today,
  };
  const { text, fieldsToWrite } = frontmatter(data, options.fileName, format);
  const body = `\n${parsed.blocks.join('\n\n')}\n`;
  return { ok: true, slug, format, markdown: `---\n${text}\n---\n${body}`, body, fieldsToWrite };
}
