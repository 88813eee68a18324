/**
 * Builds what the end-to-end files share, cold, with the real build command: the site, and then,
 * while the tests start, the site with tests/fixtures/hostile-content/ laid over its content
 * (hostile-content.test.ts reads it; build-command.test.ts compares an incremental rebuild with it).
 * Serves both with `astro preview` on free ports of 127.0.0.1, starts one Chromium that every
 * worker connects to (once per run instead of once per file), and hands the tests the addresses
 * and folders. The type checks run beside the tests once the site is built (type-check.test.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../../src/tooling/browser.ts';
import { serveDist } from '../../../src/tooling/serve-dist.ts';
import { fixtures, root } from '../../support/paths.ts';
import { build, buildWithOverlay, reportWhenDone, runNode, type Build } from './build-overlay.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    outDir: string;
    /** The copy of content/ the site was built from, and the cache folder its cold build filled. */
    contentDir: string;
    cacheDir: string;
    /** The cold build of the real content with the hostile fixture laid over it, its report (`readReport`), and where it is served. */
    hostileOutDir: string;
    hostileReport: string;
    hostileURL: string;
    /** Where the shared Chromium listens; tests/e2e/support/browser.ts connects to it. */
    browserWSEndpoint: string;
    /** The files the type checks' exit status and output are written to when they end (type-check.test.ts). */
    typeCheckReport: { typeScript: string; astro: string };
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'duiding-e2e-'));
  const cacheDir = join(work, 'cache');
  // type-check.test.ts reads the type checks' reports; they start once the site is built (below).
  const typeCheckReport = { typeScript: join(work, 'typescript.txt'), astro: join(work, 'astro-check.txt') };
  let typeChecks: ReturnType<typeof runNode>[] = [];
  const stopTypeChecks = () => typeChecks.forEach((check) => check.child.kill());

  // The browser starts while the site builds; a failed start is reported where it is awaited below.
  const launching = launchChromiumServer();
  launching.catch(() => {});
  async function failed(built: Build): Promise<never> {
    stopTypeChecks();
    await launching.then((browser) => browser.close()).catch(() => {});
    throw new Error(`${built.outDir} did not build:\n${built.output}`);
  }

  // From a copy of the content, which the incremental build test may add to afterwards (a rebuild
  // restores from the cache only what the same content folder produced).
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const site = await build(content, cacheDir, join(work, 'dist'));
  if (site.status !== 0) await failed(site);
  // The type checks run now, beside the tests: both read the types Astro generates into .astro/,
  // which a fresh clone has only once a build (or `astro sync`) wrote them, and which the hostile
  // build writes again. TypeScript checks every .ts file (about 2 s); `astro check` the components,
  // without syncing those types once more (`--noSync`, which `npm run check` leaves out): the build
  // has just done it, and the sync was 3 of its 10 CPU-seconds. TypeScript checks on one thread
  // (`--singleThreaded`): beside the tests no core is idle, and its parallel checkers redo shared
  // work (3.0 instead of 4.5 CPU-seconds, 0.3 s longer).
  const typeScript = runNode([join(root, 'node_modules/typescript-native/bin/tsc'), '--noEmit', '--singleThreaded', '-p', root]);
  const astroCheck = runNode([join(root, 'node_modules/astro/bin/astro.mjs'), 'check', '--noSync', '--tsconfig', 'tsconfig.astro.json'], { ASTRO_TELEMETRY_DISABLED: '1' });
  typeChecks = [typeScript, astroCheck];
  reportWhenDone(typeScript.done, typeCheckReport.typeScript);
  reportWhenDone(astroCheck.done, typeCheckReport.astro);
  // Then the hostile site builds while the tests run: after the site, never beside another build,
  // as Astro prerenders a build whose output lies outside the project in the project's own .astro/
  // folder, and two builds of one checkout at once trip over each other. The two files that use it
  // wait for its report (hostile-content.test.ts, build-command.test.ts, whose own builds come after).
  const hostileReport = join(work, 'hostile-build.txt');
  const buildHostile = () => buildWithOverlay([join(fixtures, 'hostile-content')], join(work, 'hostile'));
  const hostile = Promise.allSettled(typeChecks.map((check) => check.done)).then(buildHostile);
  reportWhenDone(hostile, hostileReport);

  // Without a browser no e2e test can run: the error ends the run.
  const browser = await launching;
  const server = await serveDist(root, site.outDir);
  // The hostile site is served from now on, from the folder its build swaps in when it ends: Astro's
  // preview looks each file up when it is asked for, and no test asks before the build's report is
  // there. One server process for both sites: a second `astro preview` in a test worker cost about
  // 1.4 CPU-seconds to start.
  const hostileOutDir = join(work, 'hostile', 'dist');
  mkdirSync(hostileOutDir, { recursive: true });
  const hostileServer = await serveDist(root, hostileOutDir);
  project.provide('baseURL', server.url);
  project.provide('outDir', site.outDir);
  project.provide('contentDir', content);
  project.provide('cacheDir', cacheDir);
  project.provide('hostileOutDir', hostileOutDir);
  project.provide('hostileReport', hostileReport);
  project.provide('hostileURL', hostileServer.url);
  project.provide('browserWSEndpoint', browser.wsEndpoint());
  project.provide('typeCheckReport', typeCheckReport);

  return async () => {
    stopTypeChecks();
    await hostile;
    await browser.close();
    await server.stop();
    await hostileServer.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
