/** The built site as a whole: every internal link lands, and every page is valid HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { findBrokenLinks, htmlFiles } from '../../src/cli/check-links.ts';
import { root } from '../support/paths.ts';

const outDir = inject('outDir');

describe('the built site', () => {
  test('every internal link and #anchor resolves, in both languages', () => {
    expect(findBrokenLinks(outDir)).toEqual([]);
  });

  test('html-validate reports no error on any page', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')));
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(50);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) for (const message of result.messages) errors.push(`${file.slice(outDir.length)}: ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  });
});
