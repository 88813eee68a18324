/**
 * Builds what the end-to-end files share, cold, with the real build command: the site, while the
 * unit tests run, and then, beside the end-to-end tests, the type checks (type-check.test.ts) and
 * the site with tests/fixtures/hostile-content/ laid over its content (hostile-content.test.ts
 * reads it; build-command.test.ts compares an incremental rebuild with it). Serves both with
 * `astro preview` on free ports of 127.0.0.1, starts one Chromium that every worker connects to
 * (once per run instead of once per file), and hands the tests the addresses, folders and reports.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../../src/tooling/browser.ts';
import { serveDist } from '../../../src/tooling/serve-dist.ts';
import { fixtures, root } from '../../support/paths.ts';
import { build, buildWithOverlay, reportWhenDone, runNode } from './build-overlay.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    outDir: string;
    /** The site's build report (`readReport`), written when it ends; support/site-built.ts waits for it. */
    siteReport: string;
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
  const outDir = join(work, 'dist');
  const hostileOutDir = join(work, 'hostile', 'dist');
  const siteReport = join(work, 'site-build.txt');
  const hostileReport = join(work, 'hostile-build.txt');
  // type-check.test.ts reads the type checks' reports; they start once the site is built (below).
  const typeCheckReport = { typeScript: join(work, 'typescript.txt'), astro: join(work, 'astro-check.txt') };
  let typeChecks: ReturnType<typeof runNode>[] = [];
  let ending = false;

  // The site builds from a copy of the content, which the incremental build test may add to
  // afterwards (a rebuild restores from the cache only what the same content folder produced). The
  // setup does not wait for it: the unit tests run meanwhile (their group comes first,
  // vitest.config.ts), and every end-to-end file waits for its report (support/site-built.ts).
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const site = build(content, cacheDir, outDir);
  reportWhenDone(site, siteReport);

  // Once the site is built the type checks run, beside the tests: both read the types Astro
  // generates into .astro/, which a fresh clone has only once a build (or `astro sync`) wrote them,
  // and which the hostile build writes again. TypeScript checks every .ts file (about 2 s); `astro
  // check` the components, without syncing those types once more (`--noSync`, which `npm run check`
  // leaves out): the build has just done it, and the sync was 3 of its 10 CPU-seconds. TypeScript
  // checks on one thread (`--singleThreaded`): beside the tests no core is idle, and its parallel
  // checkers redo shared work (3.0 instead of 4.5 CPU-seconds, 0.3 s longer).
  // Then the hostile site builds: after the site, never beside another build, as Astro prerenders
  // a build whose output lies outside the project in the project's own .astro/ folder, and two
  // builds of one checkout at once trip over each other. The two files that use it wait for its
  // report (hostile-content.test.ts, build-command.test.ts, whose own builds come after).
  const hostile = site.then(async (built) => {
    if (built.status !== 0) return { status: null, output: 'Not built: the site did not build.' };
    const typeScript = runNode([join(root, 'node_modules/typescript-native/bin/tsc'), '--noEmit', '--singleThreaded', '-p', root]);
    const astroCheck = runNode([join(root, 'node_modules/astro/bin/astro.mjs'), 'check', '--noSync', '--tsconfig', 'tsconfig.astro.json'], { ASTRO_TELEMETRY_DISABLED: '1' });
    typeChecks = [typeScript, astroCheck];
    reportWhenDone(typeScript.done, typeCheckReport.typeScript);
    reportWhenDone(astroCheck.done, typeCheckReport.astro);
    await Promise.allSettled(typeChecks.map((check) => check.done));
    if (ending) return { status: null, output: 'Not built: the run ended first.' };
    return buildWithOverlay([join(fixtures, 'hostile-content')], join(work, 'hostile'));
  });
  reportWhenDone(hostile, hostileReport);

  // Both sites are served from now on, from the folders their builds swap in when they end: Astro's
  // preview looks each file up when it is asked for, and no test asks before the build's report is
  // there. One server process for both: a second `astro preview` in a test worker cost about 1.4
  // CPU-seconds to start.
  // Without a browser no e2e test can run: a failed start ends the run.
  for (const folder of [outDir, hostileOutDir]) mkdirSync(folder, { recursive: true });
  const [server, hostileServer, browser] = await Promise.all([serveDist(root, outDir), serveDist(root, hostileOutDir), launchChromiumServer()]);
  project.provide('baseURL', server.url);
  project.provide('outDir', outDir);
  project.provide('siteReport', siteReport);
  project.provide('contentDir', content);
  project.provide('cacheDir', cacheDir);
  project.provide('hostileOutDir', hostileOutDir);
  project.provide('hostileReport', hostileReport);
  project.provide('hostileURL', hostileServer.url);
  project.provide('browserWSEndpoint', browser.wsEndpoint());
  project.provide('typeCheckReport', typeCheckReport);

  return async () => {
    ending = true;
    typeChecks.forEach((check) => check.child.kill());
    await hostile;
    await browser.close();
    await Promise.all([server.stop(), hostileServer.stop()]);
    rmSync(work, { recursive: true, force: true });
  };
}
