/**
 * Content for `npm run bench:scale`: a copy of the real content plus `count` generated articles
 * that read like the real one. Each article recombines the real article's sentences (so glossary
 * terms occur as they do in real text) under one of its sub-headings, has its own date, and gets a
 * timeline event quoting one of its sentences exactly, so every page type, the quote matcher and
 * the search index grow with the article count. Seeded: the same count gives the same content.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** A small seeded generator (mulberry32): deterministic, and enough for shuffling text. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const yamlString = (text: string) => JSON.stringify(text);

export interface ScaleContent {
  articles: number;
  events: number;
}

/**
 * Writes `content/` for `count` generated articles (plus the real one) into `dir`, from the real
 * content in `source`.
 */
export function generateContent(source: string, dir: string, count: number, seed = 2023): ScaleContent {
  cpSync(source, dir, { recursive: true });
  const real = readdirSync(join(source, 'articles')).find((name) => name.endsWith('.md'));
  if (!real) throw new Error(`No article in ${source}/articles to derive text from.`);
  const body = readFileSync(join(source, 'articles', real), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const blocks = fromMarkdown(body).children;
  const headings = blocks.filter((block) => block.type === 'heading').map((block) => toString(block));
  const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
  const sentences = blocks
    .filter((block) => block.type === 'paragraph')
    .flatMap((block) => [...segmenter.segment(toString(block))].map((part) => part.segment.trim()))
    .filter((sentence) => sentence.length > 20);

  const glossary = new Map(
    readdirSync(join(source, 'glossary')).map((file) => {
      const entry = load(readFileSync(join(source, 'glossary', file), 'utf8')) as { aliases: { nl: string[] } };
      return [file.replace(/\.yaml$/, ''), entry.aliases.nl] as const;
    }),
  );

  const next = random(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'timeline'), { recursive: true });
  for (let number = 1; number <= count; number++) {
    const slug = `bericht-${String(number).padStart(4, '0')}`;
    const day = new Date(Date.UTC(2023, 5, 1) + number * 86_400_000 * (600 / Math.max(count, 1)));
    const iso = day.toISOString().slice(0, 10);
    const paragraphs = Array.from({ length: 5 + Math.floor(next() * 4) }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(sentences)).join(' '));
    const heading = pick(headings);
    const lines = [...paragraphs.slice(0, 3), `## ${heading}`, ...paragraphs.slice(3)];
    const lead = paragraphs[0]?.split(/(?<=\.)\s/)[0] ?? '';
    writeFileSync(
      join(dir, 'articles', `${slug}.md`),
      [
        '---',
        `title: ${yamlString(`${heading} (${number})`)}`,
        'titleBy: site',
        // The lead is the text's own first sentence, so the standfirst is the source's words.
        `standfirst: ${yamlString(lead)}`,
        'lang: nl',
        `published: "${iso}"`,
        'source: { publisher: not-stated, author: not-stated, headline: not-stated, url: not-stated, rights: not-stated }',
        'addedOn: 2026-11-25',
        'reviewed: 2026-11-27',
        '---',
        '',
        lines.join('\n\n'),
        '',
      ].join('\n'),
    );
    // The event quotes a sentence of the article's last paragraph, and names who it mentions.
    const quoteSentence = [...segmenter.segment(paragraphs.at(-1) ?? '')].map((part) => part.segment.trim()).filter(Boolean).at(-1) ?? '';
    const mentioned = [...glossary].filter(([, aliases]) => aliases.some((alias) => quoteSentence.includes(alias))).map(([id]) => id);
    writeFileSync(
      join(dir, 'timeline', `${iso}-${slug}.yaml`),
      [
        `date: ${iso}`,
        `title: { nl: ${yamlString(`${heading} (${number})`)}, en: ${yamlString(`Report ${number}`)} }`,
        // The annotation quotes the article, in quotation marks: the article's words, not the site's.
        `annotation: { nl: ${yamlString(`Het artikel: ‘${quoteSentence}’`)}, en: ${yamlString(`What report ${number} says.`)} }`,
        `actors: [${mentioned.join(', ')}]`,
        `evidence: { article: ${slug}, quote: ${yamlString(quoteSentence)} }`,
        '',
      ].join('\n'),
    );
  }
  return { articles: count + 1, events: count + readdirSync(join(source, 'timeline')).length };
}
