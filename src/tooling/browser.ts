/** Debian's Chromium through playwright-core, with the flags that work on these machines. */
import { chromium, type LaunchOptions } from 'playwright-core';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const launchOptions = (): LaunchOptions => ({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumFlags });

export function launchChromium() {
  return chromium.launch(launchOptions());
}

/**
 * Sends every request that is not to this machine to a proxy that is not there, so it fails in
 * the browser itself: a page can never reach the network, whatever the address (a name or an IP).
 * Cheaper than intercepting every request from the test process.
 */
export const offlineFlags = ['--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1;localhost'];

/**
 * The same Chromium as a server that other processes connect to (`chromium.connect(wsEndpoint)`),
 * kept offline: the end-to-end test files share one browser instead of starting one each.
 */
export function launchChromiumServer() {
  const options = launchOptions();
  return chromium.launchServer({ ...options, args: [...(options.args ?? []), ...offlineFlags] });
}
