/** Debian's Chromium through playwright-core, with the flags that work on these machines. */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright-core';

/**
 * The two browsers of Debian's Chromium source package. The tests drive the headless shell
 * (`chromium-headless-shell`): the same Blink and V8 without the full browser's shell around them,
 * which halved the end-to-end run (192 s → 92 s on a fresh clone, every test passing alike).
 * Lighthouse and the benches run in the full browser, as a reader's would. CHROMIUM_PATH overrides both.
 */
export const debianBrowsers = {
  headlessShell: { path: '/usr/bin/chromium-headless-shell', aptPackage: 'chromium-headless-shell' },
  full: { path: '/usr/bin/chromium', aptPackage: 'chromium' },
} as const;

export type BrowserKind = keyof typeof debianBrowsers;

/** The browser of that kind; where the headless shell is missing, the full browser does the same work, only slower. */
export function browserPath(kind: BrowserKind): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { path } = debianBrowsers[kind];
  return existsSync(path) ? path : debianBrowsers.full.path;
}

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const launchOptions = (kind: BrowserKind): LaunchOptions => ({ executablePath: browserPath(kind), headless: true, args: chromiumFlags });

/** The full browser, for the benches: what they time is what a reader's Chromium does. */
export function launchChromium() {
  return chromium.launch(launchOptions('full'));
}

/**
 * Sends every request that is not to this machine to a proxy that is not there, so it fails in
 * the browser itself: a page can never reach the network, whatever the address (a name or an IP).
 * Cheaper than intercepting every request from the test process.
 */
export const offlineFlags = ['--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1;localhost'];

/**
 * The tests' headless shell as a server that other processes connect to (`chromium.connect(wsEndpoint)`),
 * kept offline: the end-to-end test files share one browser instead of starting one each.
 */
export function launchChromiumServer() {
  const options = launchOptions('headlessShell');
  return chromium.launchServer({ ...options, args: [...(options.args ?? []), ...offlineFlags] });
}
