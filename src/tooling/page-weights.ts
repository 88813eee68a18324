/**
 * What each page type weighs before search is used: HTML, CSS and JavaScript, raw and gzipped, and
 * the budgets `npm test` holds them to (bytes are deterministic, unlike timings).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in gzipped bytes (issue 7): reading needs no JavaScript, so little may ship. The article's
 * HTML and CSS had 25 KB until its two maps (issue 16): they add 4.4 KB of HTML and 0.7 KB of CSS
 * (the page without them: 22.1 KB; with them: 27.2 KB), and the fact-check's captions and sources
 * another 1.4 KB: 28.2 KB of HTML and CSS on 2026-11-27 (28,826 bytes). The budget is 30 KB, so a
 * correction or a caption can still be added without cutting the maps.
 */
export const budgets = { articleHtmlCss: 30 * 1024, articleJs: 6 * 1024, page: 50 * 1024 };

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
