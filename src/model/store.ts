/**
 * The content as pages use it: loaded from the collections once per build, cross-checked, sorted.
 * A failed check throws, which stops `astro build` with the file, the field and the fix.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { assertContentIsValid } from './checks/index.ts';
import type { Entry } from './types.ts';
import type { ArticleData } from './schemas/article.ts';
import type { GlossaryData } from './schemas/glossary.ts';
import type { TimelineData } from './schemas/timeline.ts';
import { comparePreciseDates } from '../text/precise-date.ts';

/** The line of its file a Markdown body starts on, or 1 when the file cannot be read back. */
function bodyStartLine(filePath: string | undefined, body: string): number {
  try {
    const file = readFileSync(filePath ?? '', 'utf8');
    const at = body.trim() ? file.indexOf(body.trim()) : -1;
    return at < 0 ? 1 : file.slice(0, at).split('\n').length;
  } catch {
    return 1;
  }
}

async function loadContent() {
  const [articles, glossary, timeline] = await Promise.all([
    getCollection('articles'),
    getCollection('glossary'),
    getCollection('timeline'),
  ]);
  const withPath = <Data,>(entry: { id: string; filePath?: string | undefined; data: Data; body?: string | undefined }): Entry<Data> => ({
    id: entry.id,
    filePath: entry.filePath ?? entry.id,
    data: entry.data,
    ...(entry.body === undefined ? {} : { body: entry.body, bodyStartLine: bodyStartLine(entry.filePath, entry.body) }),
  });
  const content = { articles: articles.map(withPath), glossary: glossary.map(withPath), timeline: timeline.map(withPath) };
  const warnings = assertContentIsValid(content);
  if (warnings.length > 0) {
    console.warn(`The content has ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (the build goes on):`);
    for (const warning of warnings) console.warn(`  ${warning.file} → ${warning.field}: ${warning.message}`);
  }
  return content;
}

let loaded: ReturnType<typeof loadContent> | undefined;

/** All content, checked. Loaded once per build and shared by every page. */
export function getContent() {
  loaded ??= loadContent();
  return loaded;
}

export type Article = Entry<ArticleData> & { body: string };

/** Articles, newest first. */
export async function getArticles(): Promise<Article[]> {
  const { articles } = await getContent();
  return articles
    .map((article) => ({ ...article, body: article.body ?? '' }))
    .sort((a, b) => comparePreciseDates(b.data.published, a.data.published) || a.data.title.localeCompare(b.data.title, 'nl'));
}

export type GlossaryEntry = Entry<GlossaryData>;

/** Glossary entries, by id. */
export async function getGlossary(): Promise<Map<string, GlossaryEntry>> {
  const { glossary } = await getContent();
  return new Map(glossary.map((entry) => [entry.id, entry]));
}

export type TimelineEvent = Entry<TimelineData>;

/** Timeline events, oldest first. */
export async function getTimeline(): Promise<TimelineEvent[]> {
  const { timeline } = await getContent();
  return [...timeline].sort((a, b) => comparePreciseDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
}
