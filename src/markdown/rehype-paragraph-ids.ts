import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { slugWords } from '../text/slug.ts';

/** A block that got an id, as recorded on `file.data.passages`: what search indexes. */
export interface Passage {
  id: string;
  tagName: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Every block given an id, in document order. */
    passages: Passage[];
  }
}

export interface Options {
  /** Elements that get an id. Default: `['p', 'h2', 'h3', 'h4']`. */
  tagNames?: readonly string[];
  /** How many of the text's first words make an id. Default: `6`. */
  words?: number;
}

/**
 * Gives each paragraph (and sub-heading) an id made from its own first words, e.g.
 * `moskou-was-dinsdag-het-doelwit-van`, so a shared `#passage` link keeps working when other parts
 * of the article change. Where two blocks begin alike, more words are taken until the ids differ;
 * existing ids are kept and never reused.
 */
export default function rehypeParagraphIds(options: Options = {}) {
  const tagNames = new Set(options.tagNames ?? ['p', 'h2', 'h3', 'h4']);
  const words = options.words ?? 6;
  if (!Number.isInteger(words) || words < 1) throw new TypeError(`rehype-paragraph-ids: "words" must be a positive integer, got ${words}.`);

  return (tree: Root, file: VFile) => {
    const taken = new Set<string>();
    const passages: Passage[] = [];
    const targets: Element[] = [];
    visit(tree, 'element', (node) => {
      if (node.properties.id) taken.add(String(node.properties.id));
      else if (tagNames.has(node.tagName)) targets.push(node);
    });
    for (const node of targets) {
      const text = toString(node);
      const id = uniqueId(slugWords(text), words, taken);
      taken.add(id);
      node.properties.id = id;
      passages.push({ id, tagName: node.tagName, text });
    }
    file.data.passages = passages;
  };
}

function uniqueId(tokens: string[], words: number, taken: ReadonlySet<string>): string {
  let count = Math.min(words, tokens.length);
  while (count < tokens.length && taken.has(tokens.slice(0, count).join('-'))) count++;
  const base = tokens.slice(0, count).join('-') || 'passage';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
