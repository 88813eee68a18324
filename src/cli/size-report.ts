/**
 * `npm run size`: what each page type weighs before search is used: HTML, CSS and JavaScript,
 * raw and gzipped, with the budgets, from `dist/`. The end-to-end suite asserts the same budgets
 * (bytes are deterministic, unlike timings).
 *
 * Usage: node src/cli/size-report.ts [DIST]   (default: dist)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in gzipped bytes (issue 7): reading needs no JavaScript, so little may ship. */
export const budgets = { articleHtmlCss: 25 * 1024, articleJs: 6 * 1024, page: 50 * 1024 };

export const pageTypes: Record<string, string> = {
  home: 'index.html',
  article: 'artikelen/drones-moskou-witte-huis/index.html',
  'article (en)': 'en/articles/drones-moskou-witte-huis/index.html',
  glossary: 'begrippen/index.html',
  'glossary entry': 'begrippen/atacms/index.html',
  timeline: 'tijdlijn/index.html',
  search: 'zoeken/index.html',
  'not found': '404.html',
};

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  gzip: { html: number; css: number; js: number; total: number };
}

/** A page with the stylesheets and scripts it loads (inline and same-origin files). */
export function weigh(dist: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1] as string), 'utf8'));
  const css = linked(/<link rel="stylesheet" href="([^"]+)"/g).join('\n');
  const inlineJs = [...html.matchAll(/<script type="module"(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const js = [...inlineJs, ...linked(/<script[^>]*\ssrc="([^"]+)"/g)].join('\n');
  const gzip = (text: string) => (text ? gzipSync(text).length : 0);
  const sizes = { html: gzip(html), css: gzip(css), js: gzip(js) };
  return { html: html.length, css: css.length, js: js.length, gzip: { ...sizes, total: sizes.html + sizes.css + sizes.js } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
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
}
