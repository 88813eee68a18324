/**
 * A reader's browser: Debian's Chromium driven by playwright-core, one browser for the whole run
 * (started in global-setup.ts), and a page per test that starts as a first visit would. Every page
 * opened here records
 * what a reader would call broken: console errors, failed or 4xx/5xx requests, and any request
 * to another origin (which the shared browser cannot reach, so a test can never pass by reaching
 * the network).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
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

type PageOptions = BrowserContextOptions & { expected404?: string[] };

/** What the page a test is using records against; the shared context's listeners write into it. */
interface Recorder {
  origin: string;
  problems: string[];
}

/**
 * One context per set of options in this test file (each file has its own copy of this module), so
 * a test opens a page (about 0.2 s of CPU) instead of a whole context (about 0.5 s); the HTTP cache
 * and the site's local storage are cleared for each page. The page a
 * test opens replaces the one the previous test left, as a file's tests run one after another.
 */
const contexts = new Map<string, { context: BrowserContext; recorder: { current?: Recorder } }>();
let openedPage: Page | undefined;

async function sharedContext(browser: Browser, options: BrowserContextOptions) {
  const key = JSON.stringify(options);
  const known = contexts.get(key);
  if (known) return known;
  const context = await browser.newContext(options);
  const recorder: { current?: Recorder } = {};
  // The shared browser cannot reach other origins (src/tooling/browser.ts, `offlineFlags`); here
  // every attempt is recorded, from the page and its workers alike.
  context.on('request', (request) => {
    const url = new URL(request.url());
    const current = recorder.current;
    if (current && url.origin !== current.origin && url.protocol !== 'data:') current.problems.push(`request to another origin: ${url.href}`);
  });
  // A blocked script, style or request shows up as a console error, so the CSP is checked everywhere.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    ),
  );
  const shared = { context, recorder };
  contexts.set(key, shared);
  return shared;
}

/**
 * Opens a new page that records problems, in a context that looks fresh to it: no other page open,
 * an empty HTTP cache, and no cookies or local storage (the article remembers a choice there). `expected404` paths may
 * answer 404.
 */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<ReaderPage> {
  const { expected404 = [], ...contextOptions } = options;
  // Another site (a build of hostile content) may be opened by passing its own baseURL.
  const site = contextOptions.baseURL ?? baseURL;
  await openedPage?.close();
  const { context, recorder } = await sharedContext(browser, { ...contextOptions, baseURL: site });
  const page = await context.newPage();
  openedPage = page;
  // The cache and the site's storage (the article remembers a reader's choices), so each test is a first visit.
  const session = await context.newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.send('Storage.clearDataForOrigin', { origin: new URL(site).origin, storageTypes: 'local_storage' });
  await session.detach();

  const problems: string[] = [];
  const origin = new URL(site).origin;
  recorder.current = { origin, problems };
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
