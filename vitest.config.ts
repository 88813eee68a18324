import { defineConfig } from 'vitest/config';
import { waitingFirst } from './tests/support/sequencer.ts';

/**
 * Two projects: `unit` (plugins, schemas, checks, helpers; no browser, no build) and `e2e` (builds
 * the site once, serves it on 127.0.0.1 and drives Debian's Chromium like a reader).
 */
export default defineConfig({
  test: {
    sequence: { sequencer: waitingFirst([/tests\/e2e\/lighthouse\.test\.ts$/]) },
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // Two files at a time against the shared browser and the one built site (global-setup.ts):
          // the tests wait on the browser as much as they compute, so on two idle cores a fresh-clone
          // e2e run takes 114 s instead of about 140 s (measured; on a machine busy with other work
          // the two were equal).
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A browser on two busy cores can take more than the default second to settle.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
