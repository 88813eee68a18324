import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (plugins, schemas, checks, helpers; no browser, no build) and `e2e` (builds
 * the site once, serves it on 127.0.0.1 and drives Debian's Chromium like a reader).
 */
export default defineConfig({
  test: {
    // vitest's default on two cores is one worker (cores - 1). Two workers let an e2e file drive the
    // browser while another builds or imports; measured faster over three fresh-clone runs.
    maxWorkers: 2,
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // Two files at a time against the one shared browser (global-setup.ts) and the one built site.
          fileParallelism: true,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A browser on two busy cores can take more than the default second to settle.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
