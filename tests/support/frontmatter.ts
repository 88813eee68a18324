import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** Splits a Markdown file into its YAML frontmatter (parsed as Astro parses it) and its body. */
export function readMarkdownFile(path: string): { data: unknown; body: string } {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  return { data: load(match[1] as string), body: match[2] as string };
}
