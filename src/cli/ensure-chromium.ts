/**
 * `npm run setup:browser`, which `npm test` (as `pretest`) and `npm run test:e2e` run first: makes
 * sure the browsers are there. Browser downloads do not work on these machines, so they are
 * Debian's packages (src/tooling/browser.ts, `debianBrowsers`): `chromium-headless-shell` for the
 * end-to-end tests and `chromium` for Lighthouse, installed with apt-get when this runs as root with
 * apt available; otherwise the message says what to install.
 *
 * CHROMIUM_PATH, when set, is the one browser used for everything; then only it is looked for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { debianBrowsers } from '../tooling/browser.ts';

function sh(command: string): boolean {
  return spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

const chosen = process.env.CHROMIUM_PATH;
if (chosen) {
  if (!existsSync(chosen)) {
    console.error(`CHROMIUM_PATH is ${chosen}, and there is no file there. Point it at a Chromium or Chrome binary, or unset it to use Debian's packages.`);
    process.exit(1);
  }
} else {
  const missing = Object.values(debianBrowsers).filter((browser) => !existsSync(browser.path));
  if (missing.length > 0) {
    const packages = missing.map((browser) => browser.aptPackage).join(' ');
    const isRoot = process.getuid?.() === 0;
    const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
    if (!isRoot || !hasApt) {
      console.error(
        `The end-to-end tests need ${missing.map((browser) => browser.path).join(' and ')}, and they are not there.\n` +
          `Install them (Debian/Ubuntu: \`sudo apt-get install ${packages}\`), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
      );
      process.exit(1);
    }
    console.log(`Installing Debian's ${packages} for the end-to-end tests…`);
    const installed = sh(`apt-get update -qq && apt-get install -y -qq ${packages} >/dev/null`);
    if (!installed && existsSync(debianBrowsers.full.path)) {
      // The full browser runs the same tests, only slower (src/tooling/browser.ts, browserPath).
      console.warn(`Installing ${packages} with apt-get failed (see above); the tests use ${debianBrowsers.full.path} instead.`);
    } else if (!installed) {
      console.error('Installing with apt-get failed; see the output above.');
      process.exit(1);
    }
  }
}
