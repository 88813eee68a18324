/**
 * `npm run ledger:update`: records in content/published.json what this content publishes (every
 * page URL in both languages, every article's passage ids), after what it already held; nothing is
 * ever dropped. Run it when a publication is ready; the build and CI only check against the ledger
 * (src/model/checks/published-ledger.ts). Content the build would refuse (a published passage gone
 * without a mapping, say) is refused here too, with the same messages.
 *
 * Environment: DUIDING_CONTENT_DIR (default ./content).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { passageIds } from '../model/checks/index.ts';
import { createModel } from '../model/create-model.ts';
import { emptyLedger, formatLedger, ledgerAdditions, ledgerFile, mergeLedger, parseLedger, publishedNow } from '../model/published-ledger.ts';
import { ContentError } from '../model/types.ts';
import { readContentFolder } from '../tooling/read-content.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const contentDir = resolve(root, process.env.DUIDING_CONTENT_DIR ?? 'content');
const path = join(contentDir, ledgerFile);
const file = relative(root, path);
const before = existsSync(path) ? parseLedger(readFileSync(path, 'utf8'), file) : emptyLedger;

let model;
try {
  model = createModel({ ...readContentFolder(contentDir, root), published: { file, ledger: before } });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`${error.message}\n\nNothing was recorded in ${file}.`);
  process.exit(1);
}
const after = mergeLedger(before, publishedNow(model, passageIds(model.analysisByArticle)));
const added = ledgerAdditions(before, after);
if (added.length === 0) {
  console.log(`${file} already records everything this content publishes.`);
} else {
  writeFileSync(path, formatLedger(after));
  console.log(`${file}: recorded ${added.length} new URL${added.length === 1 ? '' : 's'} and passage ids:\n${added.map((item) => `  ${item}`).join('\n')}\nCommit it with the content it records.`);
}
