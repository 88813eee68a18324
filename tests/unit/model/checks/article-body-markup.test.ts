import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../../src/markdown/processor.ts';
import { checkArticleBodyMarkup } from '../../../../src/model/checks/article-body-markup.ts';
import type { ArticleData } from '../../../../src/model/schemas/article.ts';
import { compileTermMatcher } from '../../../../src/text/term-matcher.ts';
import { readMarkdownFile } from '../../../support/frontmatter.ts';
import { articleFile } from '../../../support/paths.ts';

/** The check on one article, through the analysis the build makes of it. */
function check(body: string) {
  const article = { id: 'a', filePath: 'content/articles/a.md', data: {} as ArticleData, body };
  return checkArticleBodyMarkup([article], new Map([['a', analyseArticle(body, { glossary: compileTermMatcher([]), quotes: [] })]]));
}

describe('checkArticleBodyMarkup', () => {
  test('raw HTML is reported with its line in the file and how to keep it as text', () => {
    // Six empty lines stand for the frontmatter, as the articles' loader keeps them.
    const problems = check('\n'.repeat(6) + 'Eerste alinea.\n\nTweede <script>alert(1)</script> alinea.\n\n<img src=x onerror=alert(1)>');
    expect(problems).toEqual([
      { file: 'content/articles/a.md', field: 'body (line 9)', message: expect.stringMatching(/^raw HTML \(<script…>\) is never published\. .*escape the "<" as "\\<"/) },
      { file: 'content/articles/a.md', field: 'body (line 9)', message: expect.stringMatching(/^raw HTML \(<\/script…>\)/) },
      { file: 'content/articles/a.md', field: 'body (line 11)', message: expect.stringMatching(/^raw HTML \(<img…>\)/) },
    ]);
  });

  test.each([
    ['[lees meer](javascript:alert(1))', 'javascript:'],
    ['[lees meer](JavaScript:alert(1))', 'javascript:'],
    ['[lees meer](&#106;avascript:alert(1))', 'javascript:'],
    ['[lees meer]( javascript:alert(1) )', 'javascript:'],
    ['![foto](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
    ['[lees meer][bron]\n\n[bron]: vbscript:msgbox', 'vbscript:'],
  ])('a link that could run, %j, is reported', (body, protocol) => {
    const [problem] = check(body);
    expect(problem?.message).toMatch(new RegExp(`^the link (".+"|\\[bron\\]) is a "${protocol}" link, which could run code\\.`));
  });

  test('escaped markup, code and ordinary links pass', () => {
    expect(check('Een \\<script> als tekst, `<img onerror=x>` als code, [een bron](https://example.org/a), [mail](mailto:a@b.nl), [hier](/begrippen/atacms/) en [daar](#alinea).')).toEqual([]);
  });

  test('the real article passes', () => {
    expect(check(readMarkdownFile(articleFile).body)).toEqual([]);
  });
});
