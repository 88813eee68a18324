/**
 * Every TypeScript and Astro file type-checks, as `npm run check` (`astro check`) reports it. Part
 * of the suite rather than a step before it, so it runs beside the other tests and its result is
 * counted with theirs.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';
import { root } from '../support/paths.ts';

test('astro check finds no errors, warnings or hints in the sources', async () => {
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const text = stripVTControlCharacters(output);
  // The last line of a clean run reads "- 0 errors\n- 0 warnings\n- 0 hints"; on failure the whole
  // report is the message.
  expect({ status, summary: text.match(/Result \([^)]*\):[\s\S]*$/)?.[0].replace(/\s+/g, ' ').trim() }, text).toEqual({
    status: 0,
    summary: expect.stringMatching(/0 errors - 0 warnings - 0 hints$/),
  });
}, 120_000);
