import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (plugins, schemas, checks, helpers; no browser, no build) and `e2e` (builds
 * the site once, serves it on 127.0.0.1 and drives Debian's Chromium like a reader).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // One file at a time against the shared browser (global-setup.ts). Two workers were measured
          // (fresh-clone .ci/run, two cores): same wall time, about 20 s more CPU, so not worth it.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A browser on two busy cores can take more than the default second to settle.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
