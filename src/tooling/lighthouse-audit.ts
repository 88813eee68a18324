/**
 * One Lighthouse run on one URL in Debian's Chromium: mobile, default (simulated) throttling,
 * exactly as Lighthouse's own CLI would run it. Shared by `npm run lighthouse` and the test that
 * holds accessibility, best practices and SEO at 100.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { browserPath, chromiumFlags, type BrowserKind } from './browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface Audit {
  url: string;
  /** Scores 0–100, or null when Lighthouse could not score the category. */
  scores: Partial<Record<Category, number | null>>;
  lcpMs: number | undefined;
  tbtMs: number | undefined;
  cls: number | undefined;
  bytes: number | undefined;
  /** Audits that kept a category under 100, as "category: audit id (title)". */
  failing: string[];
  report: Result;
}

/**
 * A headless Chromium that Lighthouse drives over the DevTools port; one per run of audits. The
 * full browser by default, as Lighthouse's CLI runs; the test, which holds only the categories that
 * read the page (not its speed), takes the lighter headless shell the other tests use.
 */
export function launchForLighthouse(kind: BrowserKind = 'full'): Promise<LaunchedChrome> {
  return launch({
    chromePath: browserPath(kind),
    chromeFlags: ['--headless=new', ...chromiumFlags],
    logLevel: 'silent',
  });
}

/**
 * Lighthouse waits after load for a second of network and CPU quiet, and pauses a second after the
 * first paint and after load: what timing a page's speed needs. The categories that read the loaded
 * page (accessibility, best practices, SEO) need no such waits on a site that loads nothing late,
 * so `settle: 'load'` leaves them out; it halves the test's time (11 → 5.5 s) with the same audits.
 */
const noWaits = { pauseAfterFcpMs: 0, pauseAfterLoadMs: 0, networkQuietThresholdMs: 0, cpuQuietThresholdMs: 0 };

export async function audit(chrome: LaunchedChrome, url: string, only: readonly Category[] = categories, settle: 'quiet' | 'load' = 'quiet'): Promise<Audit> {
  // No category reads the full-page screenshot (it only illustrates the HTML report): skip it.
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...only],
    disableFullPageScreenshot: true,
    ...(settle === 'load' && noWaits),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const report = result.lhr;
  if (report.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const numeric = (id: string) => report.audits[id]?.numericValue;
  const scores: Audit['scores'] = {};
  const failing: string[] = [];
  for (const id of only) {
    const category = report.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const item = report.audits[ref.id];
      if (ref.weight > 0 && item && item.score !== null && item.score < 1) failing.push(`${id}: ${ref.id} (${item.title})`);
    }
  }
  return { url, scores, lcpMs: numeric('largest-contentful-paint'), tbtMs: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift'), bytes: numeric('total-byte-weight'), failing, report };
}
