import { defineConfig } from 'vitest/config';
import { ordered } from './tests/support/sequencer.ts';

/**
 * Two projects: `unit` (plugins, schemas, checks, helpers; no browser, no build) and `e2e` (builds
 * the site once, serves it on 127.0.0.1 and drives Debian's Chromium like a reader).
 */
export default defineConfig({
  test: {
    // Test files and the code they import run as Node runs them (Node 24 strips the types, as for
    // src/cli/), not through Vite's module runner: nothing here uses `vi.mock` or
    // `import.meta.vitest`, for which Vitest would need its own loader. The main process no longer
    // transforms every file for the workers: six alternating full runs took 75.0–94.8 s (median 81.8)
    // and 160 busy core-seconds on average, against 76.2–96.5 s (median 88.9) and 168 through Vite.
    experimental: { viteModuleRunner: false, nodeLoader: false },
    // The longest files first (measured with the JSON reporter on a fresh clone: 5–18 s each of a
    // 100 s run), and the type check's report read last, when `astro check` (started by the e2e
    // global setup) has long ended.
    sequence: {
      sequencer: ordered({
        first: [
          /tests\/e2e\/accessibility\.test\.ts$/,
          /tests\/e2e\/search\.test\.ts$/,
          /tests\/e2e\/build-command\.test\.ts$/,
          /tests\/e2e\/accessibility-beyond-axe\.test\.ts$/,
          /tests\/e2e\/lighthouse\.test\.ts$/,
          /tests\/e2e\/timeline\.test\.ts$/,
          /tests\/e2e\/reading-first\.test\.ts$/,
          /tests\/e2e\/maps\.test\.ts$/,
          /tests\/e2e\/translation\.test\.ts$/,
          /tests\/e2e\/hostile-content\.test\.ts$/,
        ],
        last: [/tests\/e2e\/type-check\.test\.ts$/],
      }),
    },
    projects: [
      {
        // Unit tests are pure (no mocks, no stubbed globals, no shared state), so the files of a worker
        // share one module graph: each module is imported once per worker, not once per file
        // (measured: 7.4 s → 2.1 s for the unit project, same 247 tests). They run first (`groupOrder`),
        // two at a time, while the e2e global setup builds the site, which alone kept only 1.2–1.5 of
        // the two cores busy; a third worker would only import every module once more.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // Each file waits for the site the global setup builds (while the unit tests run).
          setupFiles: ['tests/e2e/support/site-built.ts'],
          sequence: { groupOrder: 1 },
          // Three files at a time against the shared browser and the one built site (global-setup.ts):
          // the tests wait on the browser as much as they compute. On two idle cores one file at a
          // time took about 140 s for a fresh-clone e2e run and two 114 s; with two, the cores were
          // still idle for 7–8 % of `npm test`, and a third file fills most of that (busy 92.5 → 96 %
          // of the run, the same CPU time; measured alternately, four runs each). A fourth added
          // nothing measurable.
          fileParallelism: true,
          // A worker runs its files one after another in one module graph, as the unit project does:
          // Playwright and the support modules load once per worker, not once per file, and the
          // worker's files share its connection to the browser, its contexts and tabs
          // (support/browser.ts), each test starting as a first visit.
          isolate: false,
          maxWorkers: 3,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A browser on two busy cores can take more than the default second to settle.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
