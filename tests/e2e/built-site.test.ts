/**
 * The built site as a whole: every internal link lands, every page is valid HTML with a strict
 * Content-Security-Policy, and the `_headers` file sends each page's own policy, once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { findBrokenLinks } from '../../src/tooling/broken-links.ts';
import { htmlFiles, pagePath } from '../../src/tooling/html-files.ts';
import { headerPolicy, metaPolicy } from '../../src/integrations/headers-file.ts';
import { root } from '../support/paths.ts';
import { builtPage } from './support/built-page.ts';

const outDir = inject('outDir');

/**
 * The project's html-validate configuration, resolved once for all pages. html-validate resolves
 * it again for each file it is given (presets, element metadata, rules: 1.2 of the 2.0 CPU-seconds
 * the 89 pages took); a config loader is its documented way to say where configuration comes from.
 * Every page here has the same configuration, and the messages are the same either way.
 */
class ResolvedOnce extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData) {
    return override ? super.getConfigFor(handle, override) : (this.#resolved ??= super.getConfigFor(handle));
  }
}

let policies: Map<string, string | undefined> | undefined;

/** Each page's Content-Security-Policy, from its <meta> element, by path; read once for the tests that need it. */
function pagePolicies(): Map<string, string | undefined> {
  policies ??= new Map(htmlFiles(outDir).map((file) => [pagePath(outDir, file), metaPolicy(readFileSync(file, 'utf8'))]));
  return policies;
}

describe('the built site', () => {
  test('every internal link and #anchor resolves, in both languages', () => {
    expect(findBrokenLinks(outDir)).toEqual([]);
  });

  test('html-validate reports no error on any page', async () => {
    const validator = new HtmlValidate(new ResolvedOnce(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8'))));
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(50);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) for (const message of result.messages) errors.push(`${file.slice(outDir.length)}: ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  });

  test('_headers gives every page the policy of its <meta> element with frame-ancestors, from one rule only', () => {
    const headers = readFileSync(join(outDir, '_headers'), 'utf8');
    const rules = new Map(headers.trim().split('\n\n').map((rule) => [rule.split('\n')[0], rule]));
    // The hosts combine the rules that match a path, and two policies would both be enforced.
    const policiesFor = (path: string) => [rules.get('/*'), rules.get(path)].flatMap((rule) => rule?.match(/Content-Security-Policy: .*/g) ?? []);
    const wrong = [...pagePolicies()].filter(([path, policy]) => {
      const sent = policiesFor(path);
      return !policy || sent.length !== 1 || sent[0] !== `Content-Security-Policy: ${headerPolicy(policy)}`;
    }).map(([path]) => path);
    expect(wrong).toEqual([]);
    expect(rules.get('/*')).toContain('X-Content-Type-Options: nosniff');
    expect(rules.get('/_astro/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
  });

  test('every page carries a strict Content-Security-Policy: scripts from the site itself, no inline script unless hashed', () => {
    const loose = [...pagePolicies()].flatMap(([path, policy = '']) => {
      const directive = (name: string) => policy.split(';').map((part) => part.trim()).find((part) => part.split(/\s+/)[0] === name) ?? '';
      const script = directive('script-src');
      const strict = script.includes("'self'") && !script.includes('unsafe-inline') && directive('object-src') === "object-src 'none'" && directive('base-uri') === "base-uri 'self'";
      return strict ? [] : [`${path}: ${policy || 'no policy'}`];
    });
    expect(loose).toEqual([]);
  });

  test('every page links to the about page in its language, which names no contact it was not given', () => {
    const missing = htmlFiles(outDir).filter((file) => {
      const html = readFileSync(file, 'utf8');
      const about = html.includes('<html lang="en"') ? '/en/about/' : '/over/';
      return !new RegExp(`<footer[^>]*>[\\s\\S]*href="${about}"`).test(html);
    });
    expect(missing.map((file) => pagePath(outDir, file))).toEqual([]);
    // The test build sets no DUIDING_CONTACT, so the page says none is set rather than show one.
    expect(readFileSync(join(outDir, 'en/about/index.html'), 'utf8')).toContain('No contact address has been set for this edition of the site yet.');
  });

  test('the archive’s folder without a period sends readers on to the home page, where the archive starts', () => {
    const page = (path: string) => {
      const built = builtPage(path);
      const texts = (selector: string) => built.texts(selector).map((text) => text.replace(/\s+/g, ' ').trim());
      return {
        refresh: built.attribute('meta[http-equiv="refresh"]', 'content'),
        heading: texts('section.not-found h1'),
        paragraphs: texts('section.not-found p'),
        link: built.attribute('section.not-found p > a', 'href'),
      };
    };
    expect(page('/archief/')).toEqual({
      refresh: '0; url=/',
      heading: ['Het archief begint op de voorpagina'],
      paragraphs: ['Op de voorpagina staan alle artikelen, de nieuwste bovenaan.', 'Naar de voorpagina'],
      link: '/',
    });
    expect(page('/en/archive/')).toEqual({
      refresh: '0; url=/en/',
      heading: ['The archive starts on the home page'],
      paragraphs: ['The home page lists all articles, latest first.', 'Go to the home page'],
      link: '/en/',
    });
    expect(readFileSync(join(outDir, '_redirects'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['/archief/ / 301', '/en/archive/ /en/ 301']));
  });
});

