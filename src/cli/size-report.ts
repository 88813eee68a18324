/**
 * `npm run size`: what each page type weighs before search is used (src/tooling/page-weights.ts),
 * raw and gzipped, with the budgets.
 *
 * Usage: node src/cli/size-report.ts [DIST]   (default: dist)
 */
import { resolve } from 'node:path';
import { budgets, pageTypes, weigh } from '../tooling/page-weights.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
console.log('page type         HTML    CSS     JS   (raw KB)   HTML    CSS     JS  total (gzip KB)');
for (const [name, file] of Object.entries(pageTypes)) {
  const weight = weigh(dist, file);
  console.log(
    `${name.padEnd(15)} ${kb(weight.html)} ${kb(weight.css)} ${kb(weight.js)}             ${kb(weight.gzip.html)} ${kb(weight.gzip.css)} ${kb(weight.gzip.js)} ${kb(weight.gzip.total)}`,
  );
}
console.log(`Budgets (gzip): article HTML+CSS ≤ ${budgets.articleHtmlCss / 1024} KB, article JS ≤ ${budgets.articleJs / 1024} KB, any page ≤ ${budgets.page / 1024} KB.`);
