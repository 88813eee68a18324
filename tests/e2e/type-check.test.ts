/**
 * Every TypeScript and Astro file type-checks, as `npm run check` reports it: `astro check` over the
 * Astro components (tsconfig.astro.json), and TypeScript 7's native compiler over every .ts file
 * (tests included, tsconfig.json). Part of the suite rather than a step before it, so its result is
 * counted with the others'; support/global-setup.ts starts both once the site is built, beside the
 * browser tests, and this file reads their reports.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { root } from '../support/paths.ts';
import { readReport } from './support/build-overlay.ts';

const reports = inject('typeCheckReport');

test('TypeScript finds no errors in the TypeScript files', async () => {
  const { status, output } = await readReport(reports.typeScript);
  // A clean run prints nothing; on failure each error is a line of the message.
  expect({ status, output: output.trim() }).toEqual({ status: '0', output: '' });
}, 130_000);

test('astro check finds no errors, warnings or hints in the Astro components', async () => {
  const { status, output: text } = await readReport(reports.astro);
  // The last line of a clean run reads "- 0 errors\n- 0 warnings\n- 0 hints"; on failure the whole
  // report is the message.
  const [, files, summary] = text.match(/Result \((\d+) files\):([\s\S]*)$/) ?? [];
  expect({ status, summary: summary?.replace(/\s+/g, ' ').trim() }, text).toEqual({ status: '0', summary: '- 0 errors - 0 warnings - 0 hints' });
  // Every component was read (a tsconfig.astro.json that matched none would check nothing, cleanly).
  const components = readdirSync(join(root, 'src'), { recursive: true }).filter((name) => String(name).endsWith('.astro')).length;
  expect(Number(files)).toBeGreaterThanOrEqual(components);
}, 130_000);
