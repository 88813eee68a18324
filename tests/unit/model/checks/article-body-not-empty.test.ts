import { describe, expect, test } from 'vitest';
import { checkArticleBodyNotEmpty } from '../../../../src/model/checks/article-body-not-empty.ts';
import { ContentError } from '../../../../src/model/types.ts';
import { articleSchema } from '../../../../src/model/schemas/article.ts';
import { readMarkdownFile } from '../../../support/frontmatter.ts';
import { articleFile, fixtures } from '../../../support/paths.ts';

const entry = (path: string) => {
  const { data, body } = readMarkdownFile(path);
  return { id: 'drones-moskou-witte-huis', filePath: path, data: articleSchema.parse(data), body };
};

describe('checkArticleBodyNotEmpty', () => {
  test('an article without text is reported with its file, the body and the fix', () => {
    const file = `${fixtures}bad-content/empty-body/articles/drones-moskou-witte-huis.md`;
    expect(checkArticleBodyNotEmpty([entry(file)])).toEqual([
      { file, field: 'body', message: expect.stringMatching(/has no text\. Paste the article's paragraphs below/) },
    ]);
  });

  test('the real article passes', () => {
    expect(checkArticleBodyNotEmpty([entry(articleFile)])).toEqual([]);
  });

  test('a ContentError lists each problem on a line of its own', () => {
    const error = new ContentError([
      { file: 'a.md', field: 'body', message: 'x.' },
      { file: 'b.yaml', field: 'actors[0]', message: 'y.' },
    ]);
    expect(error.message).toBe('The content has 2 problems. Fix and build again:\n  a.md → body: x.\n  b.yaml → actors[0]: y.');
  });
});
