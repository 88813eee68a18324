/**
 * Builds the site once, cold, with the real build command into a temporary folder, serves it with
 * `astro preview` on a free port of 127.0.0.1, starts one Chromium that every test file connects
 * to (once per run instead of once per file), and hands the tests both addresses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../../src/tooling/browser.ts';
import { serveDist } from '../../../src/tooling/serve-dist.ts';
import { root } from '../../support/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    outDir: string;
    /** Where the shared Chromium listens; tests/e2e/support/browser.ts connects to it. */
    browserWSEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'duiding-e2e-'));
  const outDir = join(work, 'dist');
  // With an empty cache of its own: a cold build, which incremental-build.test.ts compares its rebuild with.
  const built = spawnSync(process.execPath, [join(root, 'src/cli/build.ts'), '--out-dir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DUIDING_CACHE_DIR: join(work, 'cache') },
  });
  if (built.status !== 0) throw new Error(`The site did not build:\n${built.stdout}\n${built.stderr}`);

  const server = await serveDist(root, outDir);
  // Without a browser no e2e test can run; stop the server so the run ends instead of hanging on it.
  const browser = await launchChromiumServer().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  project.provide('baseURL', server.url);
  project.provide('outDir', outDir);
  project.provide('browserWSEndpoint', browser.wsEndpoint());

  return async () => {
    await browser.close();
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
