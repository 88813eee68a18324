/**
 * A reader's browser: Debian's Chromium driven by playwright-core, one browser for the whole run
 * (started in global-setup.ts), with a fresh context per page so no test sees another's cookies,
 * storage or routes. Every page opened here records
 * what a reader would call broken: console errors, failed or 4xx/5xx requests, and any request
 * to another origin (which the shared browser cannot reach, so a test can never pass by reaching
 * the network).
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = inject('baseURL');

/**
 * Connects to the run's shared Chromium. `close()` on the result only disconnects this file (and
 * closes the contexts it opened); the browser itself is closed by the global setup's teardown.
 */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWSEndpoint'));
}

export interface ReaderPage {
  page: Page;
  /** Everything that went wrong since the page was opened, one line each. */
  problems: string[];
}

/** Opens a new page in a fresh context that records problems. `expected404` paths may answer 404. */
export async function openPage(browser: Browser, options: BrowserContextOptions & { expected404?: string[] } = {}): Promise<ReaderPage> {
  const { expected404 = [], ...contextOptions } = options;
  // Another site (a build of hostile content) may be opened by passing its own baseURL.
  const site = contextOptions.baseURL ?? baseURL;
  const context = await browser.newContext({ ...contextOptions, baseURL: site });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(site).origin;

  // The shared browser cannot reach other origins (src/tooling/browser.ts, `offlineFlags`); here
  // every attempt is recorded, from the page and its workers alike.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') problems.push(`request to another origin: ${url.href}`);
  });
  // A blocked script, style or request shows up as a console error, so the CSP is checked everywhere.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    ),
  );
  page.on('console', (message) => {
    const where = message.location().url;
    const expected = where && expected404.includes(new URL(where).pathname) && /\b404\b/.test(message.text());
    if (message.type() === 'error' && !expected) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // ERR_ABORTED is a request the page itself dropped by navigating (a reload, a link): no fault.
    if (new URL(request.url()).origin === origin && error !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && !expected404.includes(path)) problems.push(`${response.status()} for ${response.url()}`);
  });
  return { page, problems };
}
