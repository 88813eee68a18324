import { describe, expect, test } from 'vitest';
import { headerPolicy, headersFile, hostLimitProblems, metaPolicy } from '../../../src/integrations/headers-file.ts';

const revalidate = '  Cache-Control: public, max-age=0, must-revalidate';
const topLevel = [
  { name: 'index.html', directory: false },
  { name: '_astro', directory: true },
  { name: 'artikelen', directory: true },
  { name: 'robots.txt', directory: false },
];

/** The rules of a `_headers` text by path; a path listed twice would be lost, so it throws. */
function rulesOf(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  for (const block of text.trim().split('\n\n')) {
    const [path = '', ...headers] = block.split('\n');
    if (rules.has(path)) throw new Error(`${path} twice`);
    rules.set(path, headers.map((header) => header.trim()));
  }
  return rules;
}

describe('the _headers file', () => {
  test('reads the policy from a page\'s CSP meta element, entities decoded', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;"></head><body></body></html>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
  });

  test('finds no policy in a page without one, nor in a meta element in the body', () => {
    expect(metaPolicy('<head><title>x</title></head>')).toBeUndefined();
    expect(metaPolicy('<head><title>x</title></head><body><meta http-equiv="content-security-policy" content="default-src *"></body>')).toBeUndefined();
  });

  test('adds frame-ancestors, which only a header can carry, to a page\'s policy', () => {
    expect(headerPolicy("default-src 'self'; ")).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(headerPolicy(undefined)).toBe("frame-ancestors 'none'");
  });

  test('sends the one policy all pages share from /*, with the shared headers', () => {
    const text = headersFile([{ path: '/', policy: "default-src 'self';" }, { path: '/en/', policy: "default-src 'self'" }], topLevel);
    expect(text).toBe(
      [
        '/*',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '',
        '/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
        '/',
        revalidate,
        '',
        '/artikelen/*',
        revalidate,
        '',
        '/robots.txt',
        revalidate,
        '',
      ].join('\n'),
    );
  });

  test('when pages differ, sends each page its own policy and none from /*, so no two policies combine', () => {
    const rules = rulesOf(headersFile([{ path: '/', policy: "default-src 'self'" }, { path: '/artikelen/x/', policy: "script-src 'sha256-x='" }], topLevel));
    expect(rules.get('/*')).toEqual(['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin']);
    expect(rules.get('/')).toEqual(['Cache-Control: public, max-age=0, must-revalidate', "Content-Security-Policy: default-src 'self'; frame-ancestors 'none'"]);
    expect(rules.get('/artikelen/x/')).toEqual(["Content-Security-Policy: script-src 'sha256-x='; frame-ancestors 'none'"]);
  });

  test('sets Cache-Control once for any path: immutable for /_astro/*, revalidate for every other top-level entry', () => {
    // `_headers` and `_redirects` are read by the host, never served, so they get no rule.
    const hostFiles = [{ name: '_headers', directory: false }, { name: '_redirects', directory: false }];
    const rules = rulesOf(headersFile([{ path: '/', policy: "default-src 'self'" }], [...topLevel, ...hostFiles]));
    const cacheRules = [...rules].filter(([, headers]) => headers.some((header) => header.startsWith('Cache-Control')));
    expect(cacheRules.map(([path]) => path).sort()).toEqual(['/', '/_astro/*', '/artikelen/*', '/robots.txt']);
    expect(rules.get('/*')?.some((header) => header.startsWith('Cache-Control'))).toBe(false);
  });

  test('says when a file breaks Cloudflare Pages\' limits of 100 rules and 2,000 characters a line', () => {
    const pages = Array.from({ length: 120 }, (_, n) => ({ path: `/p${n}/`, policy: `script-src 'sha256-${n}='` }));
    expect(hostLimitProblems(headersFile(pages, topLevel))).toEqual(['125 rules, more than the 100 Cloudflare Pages reads']);
    expect(hostLimitProblems(headersFile([{ path: '/', policy: `script-src ${"'sha256-x=' ".repeat(200)}` }], topLevel))).toEqual([
      '1 line(s) longer than the 2000 characters Cloudflare Pages reads',
    ]);
    expect(hostLimitProblems(headersFile([{ path: '/', policy: "default-src 'self'" }], topLevel))).toEqual([]);
  });
});
