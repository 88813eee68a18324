import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../../src/tooling/broken-links.ts';

const dist = mkdtempSync(join(tmpdir(), 'duiding-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const page = (path: string, body: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
};

describe('findBrokenLinks', () => {
  test('reports a missing page and a missing id, and passes what resolves', () => {
    page('', '<a href="/artikelen/x/#alinea">ok</a> <a href="/weg/">missing</a> <a href="/artikelen/x/#geen">no id</a>');
    page('artikelen/x', '<p id="alinea">Tekst</p><a href="#alinea">self</a><a href="https://example.org/">out</a><a href="#:~:text=Tekst">fragment</a>');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    page('b', '<a href="/favicon.svg">icon</a><a href="mailto:x@y.z">mail</a>');
    expect(findBrokenLinks(dist)).toEqual(['/: /weg/ → no such page or file', '/: /artikelen/x/#geen → no element with id "geen"']);
  });

  test('a moved page\'s meta refresh must lead to a page too', () => {
    const moved = join(dist, 'en/glossary/poetin');
    mkdirSync(moved, { recursive: true });
    writeFileSync(join(moved, 'index.html'), '<!doctype html><html><head><title>t</title><meta http-equiv="refresh" content="0; url=/en/glossary/putin/"></head><body></body></html>');
    expect(findBrokenLinks(dist)).toContain('/en/glossary/poetin/: /en/glossary/putin/ → no such page or file');
  });
});
