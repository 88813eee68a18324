/** `readHead` reads a page only up to `</head>`, wherever the chunks it reads in end. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readHead } from '../../../src/tooling/html-files.ts';

const work = mkdtempSync(join(tmpdir(), 'duiding-head-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(name: string, html: string): string {
  const file = join(work, name);
  writeFileSync(file, html);
  return file;
}

describe('readHead', () => {
  test('gives the head and not the body', () => {
    const head = '<!doctype html><html lang="nl"><head><meta http-equiv="content-security-policy" content="default-src \'self\'"><title>Kyiv’s ‘drones’</title></head>';
    expect(readHead(page('short.html', `${head}<body>${'tekst '.repeat(50_000)}</body></html>`))).toBe(head);
  });

  test('finds a `</head>` that spans two chunks, after multibyte text', () => {
    // 16,384 bytes a chunk: the head's end starts three bytes before the first chunk ends.
    const lead = '<html><head><title>';
    const filler = 'ë'.repeat((16_384 - 3 - lead.length - '</title>'.length) / 2);
    const head = `${lead}${filler}</title></head>`;
    expect(Buffer.byteLength(`${lead}${filler}</title>`)).toBe(16_381);
    expect(readHead(page('spanning.html', `${head}<body>body</body>`))).toBe(head);
  });

  test('gives the whole file when it has no head end', () => {
    expect(readHead(page('none.html', '<p>geen kop</p>'))).toBe('<p>geen kop</p>');
  });
});
