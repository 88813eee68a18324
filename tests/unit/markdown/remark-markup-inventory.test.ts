import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkMarkupInventory from '../../../src/markdown/remark-markup-inventory.ts';

function inventory(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkMarkupInventory);
  const file = new VFile(markdown);
  processor.runSync(processor.parse(file), file);
  return file.data.markup;
}

describe('remark-markup-inventory', () => {
  test('lists raw HTML by its tag and line, and links, images and definitions with their labels', () => {
    expect(inventory('Tekst <b>vet</b>.\n\n[bron](https://example.org) en ![foto](x.png)\n\n[def]: javascript:x')).toEqual({
      html: [
        { tag: '<b', line: 1 },
        { tag: '</b', line: 1 },
      ],
      links: [
        { url: 'https://example.org', label: '"bron"', line: 3 },
        { url: 'x.png', label: '"foto"', line: 3 },
        { url: 'javascript:x', label: '[def]', line: 5 },
      ],
    });
  });

  test('plain text and code hold nothing to list', () => {
    expect(inventory('Gewoon `<b>` en \\<i>.')).toEqual({ html: [], links: [] });
  });
});
