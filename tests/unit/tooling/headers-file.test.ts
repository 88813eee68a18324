import { describe, expect, test } from 'vitest';
import { headersFile, metaPolicy } from '../../../src/tooling/headers-file.ts';

describe('the _headers file', () => {
  test('reads the policy from a page\'s CSP meta element, entities decoded', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(metaPolicy('<head><title>x</title></head>')).toBeUndefined();
  });

  test('sends each page\'s policy with frame-ancestors, and the common headers to everything', () => {
    const text = headersFile([
      { path: '/', policy: "default-src 'self';" },
      { path: '/en/', policy: "default-src 'self'; script-src 'sha256-x='" },
    ]);
    expect(text).toBe(
      [
        '/*',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '',
        '/',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
        '',
        '/en/',
        "  Content-Security-Policy: default-src 'self'; script-src 'sha256-x='; frame-ancestors 'none'",
        '',
      ].join('\n'),
    );
  });
});
