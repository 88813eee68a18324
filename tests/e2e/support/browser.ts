/**
 * A reader's browser: Debian's Chromium driven by playwright-core, one browser for the whole run
 * (started in global-setup.ts), and for each test a page that starts as a first visit would. Every
 * page opened here records what a reader would call broken: console errors, failed or 4xx/5xx
 * requests, and any request to another origin (which the shared browser cannot reach, so a test can
 * never pass by reaching the network).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = inject('baseURL');

let connected: Promise<Browser> | undefined;

/**
 * The run's shared Chromium, connected once per worker: with `isolate: false` a worker's files
 * share this module, so they share the connection and with it the contexts and tabs `openPage`
 * hands out. The connection ends with the worker; the browser itself is closed by the global
 * setup's teardown.
 */
export function connectBrowser(): Promise<Browser> {
  connected ??= chromium.connect(inject('browserWSEndpoint'));
  return connected;
}

export interface ReaderPage {
  page: Page;
  /** Everything that went wrong since the page was opened, one line each. */
  problems: string[];
}

type PageOptions = BrowserContextOptions & { expected404?: string[] };

/**
 * A test's options, split: what its context is made with, and what a page can take on by itself,
 * its viewport and the media it emulates. Those are set on the page (`setViewportSize`,
 * `emulateMedia`, the same DevTools calls a context makes for its pages), so tests that differ
 * only in them share one context and its tab. Unnamed, they take Playwright's defaults.
 */
function splitOptions({ expected404 = [], viewport, colorScheme, reducedMotion, forcedColors, contrast, ...context }: PageOptions) {
  const pageLevel = {
    viewport: viewport ?? { width: 1280, height: 720 },
    colorScheme: colorScheme ?? 'light',
    reducedMotion: reducedMotion ?? 'no-preference',
    forcedColors: forcedColors ?? 'none',
    contrast: contrast ?? 'no-preference',
  } as const;
  return { expected404, context, pageLevel };
}

/** What the page a test is using records against; the shared context's listeners write into it. */
interface Recorder {
  origin: string;
  problems: string[];
}

interface SharedContext {
  context: BrowserContext;
  /** The options the context was made with (all but the page-level ones). */
  options: BrowserContextOptions;
  recorder: { current?: Recorder };
  /** Its page, when another context's test is using the browser. */
  parked?: OpenPage | undefined;
}

interface OpenPage {
  page: Page;
  shared: SharedContext;
  /** False once its test changed a setting that cannot be set back (`pageSettings`). */
  reusable: boolean;
  /** The viewport and media last set by `openPage`; undefined once a test set its own. */
  pageLevel: string | undefined;
  setViewportSize: Page['setViewportSize'];
  emulateMedia: Page['emulateMedia'];
  /**
   * Handed on with its last test's document still open: the next test's first `goto` leaves it
   * through about:blank where it would otherwise stay in the same document (a URL with a #fragment,
   * the same but for it, only scrolls).
   */
  handedOn: boolean;
}

/**
 * A page's own settings, which outlive a navigation: a test that calls one of these leaves a page
 * no later test may inherit, so the next test gets a new page. (The viewport and the media are set
 * for each test by `openPage` instead.)
 */
const pageSettings = [
  'addInitScript',
  'addLocatorHandler',
  'exposeBinding',
  'exposeFunction',
  'route',
  'routeFromHAR',
  'routeWebSocket',
  'setExtraHTTPHeaders',
] as const satisfies readonly (keyof Page)[];

/**
 * Per connection to the shared browser (one per worker, `connectBrowser`): one context per set of
 * context options (JavaScript, touch, permissions, the site), so a test opens a page instead of a
 * whole context (about 0.5 s of CPU), and one page in use at a time. A page is handed on to the
 * next test of its context unless its test changed one of its settings: a navigation in the same
 * tab costs about 0.1 s of CPU less than a new tab, whose renderer process has to start; and the
 * renderer keeps what it compiled (the site's scripts, axe-core, Playwright's own). Twenty tests
 * that differ only in viewport or media took 7.2–10.1 core-s in one context against 11.0–12.5 in
 * a context each.
 */
const connections = new WeakMap<Browser, { contexts: Map<string, SharedContext>; current?: OpenPage }>();

function connection(browser: Browser) {
  let known = connections.get(browser);
  if (!known) connections.set(browser, (known = { contexts: new Map() }));
  return known;
}

async function sharedContext(browser: Browser, options: BrowserContextOptions): Promise<SharedContext> {
  const { contexts } = connection(browser);
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
  const shared = { context, options, recorder };
  contexts.set(key, shared);
  return shared;
}

/** A new page in the context, which notes when its test changes one of the page's own settings. */
async function newPage(shared: SharedContext): Promise<OpenPage> {
  const page = await shared.context.newPage();
  const open: OpenPage = {
    page,
    shared,
    reusable: true,
    pageLevel: undefined,
    setViewportSize: page.setViewportSize.bind(page),
    emulateMedia: page.emulateMedia.bind(page),
    handedOn: false,
  };
  const noting = (name: keyof Page, note: () => void) => {
    const setting = page[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(page, name, {
      value: (...args: unknown[]) => {
        note();
        return setting.apply(page, args);
      },
    });
  };
  for (const name of pageSettings) noting(name, () => (open.reusable = false));
  for (const name of ['emulateMedia', 'setViewportSize'] as const) noting(name, () => (open.pageLevel = undefined));
  const goto = page.goto.bind(page);
  Object.defineProperty(page, 'goto', {
    value: async (...[url, options]: Parameters<Page['goto']>) => {
      if (open.handedOn) {
        open.handedOn = false;
        // Only a URL with a #fragment can stay in the document (the same URL without one loads anew).
        const target = new URL(url, shared.options.baseURL);
        if (target.hash && target.href.replace(/#.*$/, '') === page.url().replace(/#.*$/, '')) await goto('about:blank');
      }
      return goto(url, options);
    },
  });
  return open;
}

/**
 * Empties a page its test is done with, as a new tab would be: no listeners, no session storage,
 * the pointer off the page (the next test's `openPage` sets its viewport and media). It keeps the
 * last document until the next test's first `goto` replaces it (`handedOn`), whether that test
 * comes next or after other contexts' tests: a navigation to about:blank in between cost about a
 * fifth of a page load, and the site's pages run nothing once loaded (no interval, no animation
 * loop), so a parked document costs nothing.
 */
async function park(open: OpenPage): Promise<void> {
  const { page, shared } = open;
  page.removeAllListeners();
  // Session storage belongs to the tab, not to the context: the next test must not find this one's.
  await page.evaluate(() => sessionStorage.clear()).catch(() => {});
  open.handedOn = true;
  await page.mouse.move(-1, -1);
  shared.parked = open;
}

/** The page for the next test: its context's parked page, or a new one, with the test's viewport and media. */
async function nextPage(browser: Browser, shared: SharedContext, wanted: ReturnType<typeof splitOptions>['pageLevel']): Promise<Page> {
  const opened = connection(browser);
  const previous = opened.current;
  if (previous && previous.reusable && !previous.page.isClosed()) await park(previous);
  else await previous?.page.close();
  const open = shared.parked ?? (await newPage(shared));
  shared.parked = undefined;
  opened.current = open;
  const key = JSON.stringify(wanted);
  if (open.pageLevel !== key) {
    const { viewport, ...media } = wanted;
    await open.setViewportSize(viewport);
    await open.emulateMedia({ media: null, ...media });
    open.pageLevel = key;
  }
  return open.page;
}

/**
 * Opens a page that records problems, and looks to its test like a first visit in a new tab: an
 * empty HTTP cache, and no local or session storage (the article remembers a choice there).
 * `expected404` paths may answer 404.
 */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<ReaderPage> {
  const { expected404, context, pageLevel } = splitOptions(options);
  // Another site (a build of hostile content) may be opened by passing its own baseURL.
  const site = context.baseURL ?? baseURL;
  const shared = await sharedContext(browser, { ...context, baseURL: site });
  const page = await nextPage(browser, shared, pageLevel);
  // The cache and the site's storage (the article remembers a reader's choices), so each test is a first visit.
  const session = await shared.context.newCDPSession(page);
  await session.send('Network.clearBrowserCache');
  await session.send('Storage.clearDataForOrigin', { origin: new URL(site).origin, storageTypes: 'local_storage' });
  await session.detach();

  const problems: string[] = [];
  const origin = new URL(site).origin;
  shared.recorder.current = { origin, problems };
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
