/**
 * Lighthouse's deterministic categories on the two richest page types. Performance depends on the
 * machine and is only reported, by `npm run lighthouse`.
 */
import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { audit, launchForLighthouse } from '../../src/tooling/lighthouse-audit.ts';
import { articlePath } from './support/article.ts';
import { baseURL } from './support/browser.ts';

let chrome: LaunchedChrome;
beforeAll(async () => {
  chrome = await launchForLighthouse('headlessShell');
});
afterAll(() => chrome?.kill());

describe('Lighthouse (mobile)', () => {
  test.each([articlePath.nl, '/en/glossary/atacms/'])('%s scores 100 for accessibility, best practices and SEO', async (path) => {
    const result = await audit(chrome, baseURL + path, ['accessibility', 'best-practices', 'seo'], 'load');
    // The audits that cost points come first, so a failure says what to fix.
    expect(result.failing).toEqual([]);
    expect(result.scores).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
  }, 60_000);
});
