/**
 * Every end-to-end file starts once the run's site is built: the global setup (global-setup.ts)
 * builds it while the unit tests run, and writes its report when it ends. A site that did not build
 * fails each file with the build's own output.
 */
import { inject } from 'vitest';
import { readReport } from './build-overlay.ts';

const built = await readReport(inject('siteReport'));
if (built.status !== '0') throw new Error(`The site did not build:\n${built.output}`);
