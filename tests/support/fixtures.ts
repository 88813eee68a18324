/**
 * Fixture-folder runner for unified plugins: each folder under `dir` holds `input.md`, the expected
 * `output.html` and optionally `options.json`. The expected file is a vitest file snapshot: a
 * missing or different one fails, and `npx vitest run -u` rewrites them on purpose (then read the
 * diff). Outside CI vitest writes a missing snapshot instead of failing, so .ci/run sets CI=true.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

export function runFixtures(dir: string, render: (markdown: string, options: Record<string, unknown>) => Promise<string>) {
  const cases = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  if (cases.length === 0) throw new Error(`No fixture folders in ${dir}`);
  for (const { name } of cases) {
    test(`fixture: ${name}`, async () => {
      const folder = join(dir, name);
      const optionsFile = join(folder, 'options.json');
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
      const actual = `${(await render(readFileSync(join(folder, 'input.md'), 'utf8'), options)).trim()}\n`;
      await expect(actual).toMatchFileSnapshot(join(folder, 'output.html'));
    });
  }
}
