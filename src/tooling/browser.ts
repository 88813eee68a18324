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
 * The same Chromium as a server that other processes connect to (`chromium.connect(wsEndpoint)`):
 * the end-to-end test files share one browser instead of starting one each.
 */
export function launchChromiumServer() {
  return chromium.launchServer(launchOptions());
}
