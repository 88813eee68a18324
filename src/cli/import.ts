/**
 * `npm run import -- <file> [--slug <slug>] [--scaffold <name…>]`: imports an article as received
 * into content/articles/<slug>.md, lists the names no glossary alias matches, and writes draft
 * glossary entries for the names chosen. The work is in src/tooling/import-command.ts.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseImportArguments, runImport } from '../tooling/import-command.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = parseImportArguments(process.argv.slice(2));
if (typeof args === 'string') {
  console.error(args);
  process.exit(2);
}
const run = runImport(
  { ...args, file: resolve(process.env.INIT_CWD ?? process.cwd(), args.file) },
  { root, contentDir: resolve(root, process.env.DUIDING_CONTENT_DIR ?? 'content'), today: new Date().toISOString().slice(0, 10) },
);
(run.exitCode === 0 ? console.log : console.error)(run.lines.join('\n'));
process.exitCode = run.exitCode;
