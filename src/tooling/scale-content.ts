/**
 * Content for `npm run bench:scale`: a copy of the real content plus `count` generated articles
 * that carry what a real one carries, so the bench measures the real cost:
 * - the text recombines the real article's sentences (so glossary terms occur as in real text)
 *   under one of its sub-headings, with its own date;
 * - an English translation (`<slug>.en.yaml`), aligned passage by passage with the fingerprints the
 *   build checks, made of the real translation's sentences;
 * - a timeline event quoting one of its sentences exactly, in Dutch and in the translation;
 * - a generated glossary entry (an organisation, one per 50 articles) that each of its articles
 *   names, with a dated fact per article that names it, sourced to that article.
 * Seeded: the same count gives the same content.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { load } from 'js-yaml';
import rehypeParagraphIds from '../markdown/rehype-paragraph-ids.ts';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { passageHash } from '../text/passage-hash.ts';
import { articleText, type SentencePair } from './scale-sentences.ts';

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

/** How many articles name the same generated glossary entry. */
export const articlesPerEntry = 50;

export interface ScaleContent {
  articles: number;
  events: number;
  glossary: number;
}

/** The passage ids the site gives a body, by the site's own plugin. */
const idProcessor = unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds);
function passagesOf(markdown: string) {
  const file = new VFile(markdown);
  idProcessor.runSync(idProcessor.parse(file), file) as Root;
  return file.data.passages ?? [];
}

/** The generated organisation that article `number` names, and its sentence in both languages. */
function entryOf(number: number) {
  const group = String(Math.ceil(number / articlesPerEntry)).padStart(4, '0');
  return {
    id: `waarnemersgroep-${group}`,
    name: { nl: `Waarnemersgroep ${group}`, en: `Observer Group ${group}` },
    slug: `observer-group-${group}`,
    sentence: { nl: `De Waarnemersgroep ${group} bevestigde dat.`, en: `Observer Group ${group} confirmed this.` },
  };
}

type Entry = ReturnType<typeof entryOf> & { facts: { slug: string; iso: string }[] };

function glossaryYaml(entry: Entry): string {
  const [first] = entry.facts;
  const facts = entry.facts.map(({ slug, iso }) =>
    [
      `  - label: { nl: Bevestiging, en: Confirmation }`,
      `    value: { nl: ${yamlString(`bevestigde het bericht ${slug}`)}, en: ${yamlString(`confirmed the report ${slug}`)} }`,
      `    asOf: ${iso}`,
      `    source: { article: ${slug} }`,
    ].join('\n'),
  );
  return [
    'kind: organisation',
    `name: { nl: ${yamlString(entry.name.nl)}, en: ${yamlString(entry.name.en)} }`,
    `slug: { en: ${entry.slug} }`,
    `aliases: { nl: [${yamlString(entry.name.nl)}], en: [${yamlString(entry.name.en)}] }`,
    'matchCase: true',
    'reviewed: 2026-11-27',
    `short: { nl: "Waarnemersgroep die berichten van de schaaltest bevestigt.", en: "An observer group that confirms the scale test's reports." }`,
    `description: { nl: "Een gegenereerde organisatie: de berichten van de schaaltest noemen haar.", en: "A generated organisation: the scale test's reports name it." }`,
    'facts:',
    `  - label: { nl: Actief, en: Active }`,
    `    value: { nl: waarnemer, en: observer }`,
    `    from: ${first?.iso}`,
    `    source: { article: ${first?.slug} }`,
    ...facts,
    '',
  ].join('\n');
}

/**
 * Writes `content/` for `count` generated articles (plus the real ones) into `dir`, from the real
 * content in `source`.
 */
export function generateContent(source: string, dir: string, count: number, seed = 2023): ScaleContent {
  cpSync(source, dir, { recursive: true });
  const real = readdirSync(join(source, 'articles')).find((name) => name.endsWith('.md'));
  if (!real) throw new Error(`No article in ${source}/articles to derive text from.`);
  const { sentences, headings } = articleText(join(source, 'articles', real), join(source, 'articles', real.replace(/\.md$/, '.en.yaml')));

  const glossary = new Map(
    readdirSync(join(source, 'glossary')).map((file) => {
      const entry = load(readFileSync(join(source, 'glossary', file), 'utf8')) as { aliases: { nl: string[] } };
      return [file.replace(/\.yaml$/, ''), entry.aliases.nl] as const;
    }),
  );

  const next = random(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const join2 = (pairs: SentencePair[]) => ({ nl: pairs.map((pair) => pair.nl).join(' '), en: pairs.map((pair) => pair.en).join(' ') });
  const entries = new Map<string, Entry>();
  for (const folder of ['articles', 'timeline', 'glossary']) mkdirSync(join(dir, folder), { recursive: true });
  for (let number = 1; number <= count; number++) {
    const slug = `bericht-${String(number).padStart(4, '0')}`;
    const day = new Date(Date.UTC(2023, 5, 1) + number * 86_400_000 * (600 / Math.max(count, 1)));
    const iso = day.toISOString().slice(0, 10);
    const entry = entryOf(number);
    const pairs = Array.from({ length: 5 + Math.floor(next() * 4) }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(sentences)));
    pairs[1]?.push(entry.sentence);
    const paragraphs = pairs.map(join2);
    const heading = pick(headings);
    const blocks = [...paragraphs.slice(0, 3), heading, ...paragraphs.slice(3)];
    const markdown = blocks.map((block) => (block === heading ? `## ${block.nl}` : block.nl)).join('\n\n');
    const lead = pairs[0]?.[0] ?? { nl: '', en: '' };
    writeFileSync(
      join(dir, 'articles', `${slug}.md`),
      [
        '---',
        `title: ${yamlString(`${heading.nl} (${number})`)}`,
        'titleBy: site',
        // The lead is the text's own first sentence, so the standfirst is the source's words.
        `standfirst: ${yamlString(lead.nl)}`,
        'lang: nl',
        `published: "${iso}"`,
        'source: { publisher: not-stated, author: not-stated, headline: not-stated, url: not-stated, rights: not-stated }',
        'addedOn: 2026-11-25',
        'reviewed: 2026-11-27',
        `tags: [${entry.id}]`,
        '---',
        '',
        markdown,
        '',
      ].join('\n'),
    );
    // The translation: one passage per block, with the id and fingerprint of its Dutch original.
    const passages = passagesOf(markdown);
    writeFileSync(
      join(dir, 'articles', `${slug}.en.yaml`),
      [
        'translator: Duiding',
        'translated: 2026-11-27',
        `title: ${yamlString(`${heading.en} (${number})`)}`,
        `standfirst: ${yamlString(lead.en)}`,
        'passages:',
        ...passages.map((passage, index) =>
          [`  - id: ${passage.id}`, `    source: "${passageHash(passage.text)}"`, `    text: ${yamlString(blocks[index]?.en ?? '')}`].join('\n'),
        ),
        '',
      ].join('\n'),
    );
    // The event quotes the last sentence of the article's last paragraph, and names who it mentions.
    const quote = pairs.at(-1)?.at(-1) ?? { nl: '', en: '' };
    const mentioned = [...glossary].filter(([, aliases]) => aliases.some((alias) => quote.nl.includes(alias))).map(([id]) => id);
    writeFileSync(
      join(dir, 'timeline', `${iso}-${slug}.yaml`),
      [
        `date: ${iso}`,
        `title: { nl: ${yamlString(`${heading.nl} (${number})`)}, en: ${yamlString(`${heading.en} (${number})`)} }`,
        // The annotation quotes the article, in quotation marks: the article's words, not the site's.
        `annotation: { nl: ${yamlString(`Het artikel: “${quote.nl}”`)}, en: ${yamlString(`The article: “${quote.en}”`)} }`,
        `actors: [${mentioned.join(', ')}]`,
        `evidence: { article: ${slug}, quote: ${yamlString(quote.nl)}, translation: ${yamlString(quote.en)} }`,
        '',
      ].join('\n'),
    );
    const facts = entries.get(entry.id)?.facts ?? [];
    entries.set(entry.id, { ...entry, facts: [...facts, { slug, iso }] });
  }
  for (const entry of entries.values()) writeFileSync(join(dir, 'glossary', `${entry.id}.yaml`), glossaryYaml(entry));
  return {
    articles: count + readdirSync(join(source, 'articles')).filter((name) => name.endsWith('.md')).length,
    events: count + readdirSync(join(source, 'timeline')).length,
    glossary: entries.size + readdirSync(join(source, 'glossary')).length,
  };
}

/**
 * The bench's edit between a build and its rebuild: an editor retitles one article, in Dutch and
 * in its translation (a change its page, its preview, the lists and the search index all show).
 */
export function editArticle(dir: string, slug: string): void {
  for (const file of [`${slug}.md`, `${slug}.en.yaml`]) {
    const path = join(dir, 'articles', file);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace(/^title: "(.*)"$/m, (_, title: string) => `title: ${yamlString(`${title} (bijgewerkt)`)}`);
    if (edited === text) throw new Error(`${path} has no title line to edit.`);
    writeFileSync(path, edited);
  }
}
