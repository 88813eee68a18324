/**
 * Every TypeScript and Astro file type-checks, as `npm run check` (`astro check`) reports it. Part
 * of the suite rather than a step before it, so its result is counted with the others'; it starts
 * with the run (support/global-setup.ts) and runs beside the build and the browser tests, and this
 * test reads its report.
 */
import { expect, inject, test } from 'vitest';
import { readReport } from './support/build-overlay.ts';

test('astro check finds no errors, warnings or hints in the sources', async () => {
  const { status, output: text } = await readReport(inject('typeCheckReport'));
  // The last line of a clean run reads "- 0 errors\n- 0 warnings\n- 0 hints"; on failure the whole
  // report is the message.
  expect({ status, summary: text.match(/Result \([^)]*\):[\s\S]*$/)?.[0].replace(/\s+/g, ' ').trim() }, text).toEqual({
    status: '0',
    summary: expect.stringMatching(/0 errors - 0 warnings - 0 hints$/),
  });
}, 130_000);
