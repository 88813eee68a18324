/**
 * Every end-to-end file starts once the run's site is built: the global setup (global-setup.ts)
 * builds it while the unit tests run, and writes its report when it ends. A site that did not build
 * fails each file with the build's own output.
 */
import { inject } from 'vitest';
import { waitForBuild } from './build-overlay.ts';

await waitForBuild(inject('siteReport'), 'The site');
