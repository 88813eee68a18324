/**
 * `npm run setup:browser`, which `npm test` (as `pretest`) and `npm run test:e2e` run first: makes
 * sure a Chromium is there for the end-to-end tests. Browser downloads
 * do not work on these machines, so it is Debian's `chromium` package: installed with apt-get when
 * this runs as root with apt available, otherwise the message says what to install.
 *
 * CHROMIUM_PATH overrides where the browser is looked for (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function sh(command: string): boolean {
  return spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log('Chromium is missing; installing Debian\'s chromium package for the end-to-end tests…');
    if (!sh('apt-get update -qq && apt-get install -y -qq chromium >/dev/null')) {
      console.error('Installing chromium with apt-get failed; see the output above.');
      process.exit(1);
    }
  } else {
    console.error(
      `The end-to-end tests need Chromium at ${chromium}, and it is not there.\n` +
        'Install it (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
