import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/model/article-loader.ts';

describe('splitFrontmatter', () => {
  test('parses the YAML and keeps the body on its lines in the file', () => {
    const { data, body } = splitFrontmatter('---\ntitle: "Kop"\npublished: 2023-05\n---\n\nEerste alinea.\n', 'a.md');
    expect(data).toEqual({ title: 'Kop', published: '2023-05' });
    expect(body.split('\n')[5]).toBe('Eerste alinea.');
  });

  test('an empty body stays empty', () => {
    expect(splitFrontmatter('---\ntitle: Kop\n---\n', 'a.md').body.trim()).toBe('');
  });

  test('a file without frontmatter fails with the file and the fix', () => {
    expect(() => splitFrontmatter('Alleen tekst.', 'content/articles/a.md')).toThrow(/^content\/articles\/a\.md: the file has no frontmatter\. Start it with a line "---"/);
  });

  test('broken YAML fails with the file, its line and the fix', () => {
    expect(() => splitFrontmatter('---\ntitle: Kop\ntags: [a\n---\nTekst', 'a.md')).toThrow(/^a\.md: the frontmatter is not valid YAML \(line \d+\).*Fix the YAML between the two "---" lines\.$/);
  });
});
