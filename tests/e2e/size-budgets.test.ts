/** What pages weigh before search is used, against the budgets (bytes, not timings). */
import { describe, expect, inject, test } from 'vitest';
import { budgets, pageTypes, weigh } from '../../src/tooling/page-weights.ts';

const outDir = inject('outDir');

describe('size budgets (gzip)', () => {
  test('the article page: HTML and CSS within 30 KB (25 KB before its maps), JavaScript within 6 KB', () => {
    const article = weigh(outDir, pageTypes.article as string);
    expect(article.gzip.html + article.gzip.css).toBeLessThanOrEqual(budgets.articleHtmlCss);
    expect(article.gzip.js).toBeLessThanOrEqual(budgets.articleJs);
  });

  test.each(Object.entries(pageTypes))('%s stays within 50 KB', (_, file) => {
    expect(weigh(outDir, file).gzip.total).toBeLessThanOrEqual(budgets.page);
  });

  test('the weighing counts what a page loads: its stylesheet and its scripts', () => {
    const search = weigh(outDir, pageTypes.search as string);
    expect(search.css).toBeGreaterThan(1000);
    expect(search.js).toBeGreaterThan(1000);
  });
});
