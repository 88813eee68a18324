/**
 * The real article's sentences paired with their English translations, for the scale bench's
 * generated articles (scale-content.ts). The translation is aligned passage by passage; inside a
 * passage the sentences are paired in order, and a passage whose sentence counts differ is left
 * out, so every Dutch sentence the bench uses has its own English words.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export interface SentencePair {
  nl: string;
  en: string;
}

export interface ArticleText {
  /** Sentences of the paragraphs, Dutch with English. */
  sentences: SentencePair[];
  /** The sub-headings, Dutch with English. */
  headings: SentencePair[];
}

const split = (text: string, language: string) =>
  [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)].map((part) => part.segment.trim()).filter(Boolean);

/** Reads `<slug>.md` and `<slug>.en.yaml` and pairs their sentences and sub-headings. */
export function articleText(markdownFile: string, translationFile: string): ArticleText {
  const body = readFileSync(markdownFile, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const blocks = fromMarkdown(body).children.filter((block) => block.type === 'paragraph' || block.type === 'heading');
  const passages = (load(readFileSync(translationFile, 'utf8')) as { passages: { text: string }[] }).passages;
  if (passages.length !== blocks.length) throw new Error(`${translationFile} has ${passages.length} passages for ${blocks.length} blocks in ${markdownFile}.`);
  const sentences: SentencePair[] = [];
  const headings: SentencePair[] = [];
  blocks.forEach((block, index) => {
    const english = passages[index]?.text.replace(/\s+/g, ' ').trim() ?? '';
    if (block.type === 'heading') {
      headings.push({ nl: toString(block), en: english });
      return;
    }
    const [nl, en] = [split(toString(block), 'nl'), split(english, 'en')];
    if (nl.length !== en.length) return;
    nl.forEach((sentence, at) => sentences.push({ nl: sentence, en: en[at] as string }));
  });
  // Short fragments make poor paragraphs and ambiguous quotes; quotes must be whole sentences.
  return { sentences: sentences.filter((pair) => pair.nl.length > 20 && !/[“”]/.test(pair.nl + pair.en)), headings };
}
