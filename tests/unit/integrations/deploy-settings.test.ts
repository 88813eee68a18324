import { describe, expect, test } from 'vitest';
import { deployWarnings } from '../../../src/integrations/deploy-settings.ts';

describe('deploy warnings', () => {
  test('without SITE_URL the build says which URLs name the local origin, that shared links still work, and how to set it', () => {
    const [warning] = deployWarnings({ DUIDING_CONTACT: 'redactie@example.org' }, 'http://localhost:4321');
    expect(warning).toMatch(/^SITE_URL is not set, so this build names http:\/\/localhost:4321 as the site's address\./);
    for (const what of ['Canonical links', 'hreflang', 'og:url', 'og:image', 'JSON-LD', 'rss.xml', 'sitemap-index.xml', 'robots.txt']) expect(warning).toContain(what);
    expect(warning).toContain('Links that readers copy or share use the address the page is served from');
    expect(warning).toContain('SITE_URL=https://duiding.example npm run build');
  });

  test('a set SITE_URL and DUIDING_CONTACT leave nothing to warn about; a blank one counts as unset', () => {
    expect(deployWarnings({ SITE_URL: 'https://duiding.example', DUIDING_CONTACT: 'redactie@example.org' }, 'https://duiding.example')).toEqual([]);
    expect(deployWarnings({ SITE_URL: ' ', DUIDING_CONTACT: 'redactie@example.org' }, 'http://localhost:4321')).toHaveLength(1);
    expect(deployWarnings({ SITE_URL: 'https://duiding.example' }, 'https://duiding.example')).toEqual([expect.stringMatching(/^DUIDING_CONTACT is not set/)]);
  });
});
