/**
 * `npm run bench:terms`: how glossary term matching scales with the text's length. Matches the real
 * glossary against the real article repeated to 0.1, 1 and 10 MB, and prints time per MB; linear
 * cost shows as a flat ms/MB column. Figures only: nothing here asserts a timing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { compileTermMatcher } from '../text/term-matcher.ts';
import { plainText } from '../text/plain-text.ts';

const root = join(import.meta.dirname, '../..');
const glossaryDir = join(root, 'content/glossary');
const sources = readdirSync(glossaryDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const data = load(readFileSync(join(glossaryDir, name), 'utf8')) as { aliases: { nl: string[] }; matchCase?: boolean };
    return { id: name.replace(/\.yaml$/, ''), aliases: data.aliases.nl, matchCase: data.matchCase };
  });

const article = plainText(readFileSync(join(root, 'content/articles/drones-moskou-witte-huis.md'), 'utf8').split(/^---$/m)[2] ?? '');
const compileStart = performance.now();
const matcher = compileTermMatcher(sources);
console.log(`${sources.length} entries, ${sources.reduce((sum, source) => sum + source.aliases.length, 0)} aliases compiled in ${(performance.now() - compileStart).toFixed(1)} ms`);
console.log('size      mentions     ms   ms/MB');
for (const megabytes of [0.1, 1, 10]) {
  const text = article.repeat(Math.ceil((megabytes * 1e6) / article.length));
  matcher.find(text.slice(0, 10_000)); // warm up the JIT
  const start = performance.now();
  const mentions = matcher.find(text).length;
  const ms = performance.now() - start;
  console.log(`${`${megabytes} MB`.padEnd(9)} ${String(mentions).padStart(8)} ${ms.toFixed(0).padStart(6)} ${(ms / (text.length / 1e6)).toFixed(0).padStart(7)}`);
}
