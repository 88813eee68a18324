/**
 * Links that never break (issue 17): the build checks the content against the committed ledger of
 * what was published (content/published.json), and only `npm run ledger:update` writes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { passageIds } from '../../../../src/model/checks/index.ts';
import { createModel } from '../../../../src/model/create-model.ts';
import { formatLedger, ledgerAdditions, ledgerFile, mergeLedger, parseLedger, publishedNow } from '../../../../src/model/published-ledger.ts';
import { ContentError, type Content } from '../../../../src/model/types.ts';
import { corrections } from '../../../../src/model/schemas/fields.ts';
import { readContent } from '../../../support/content.ts';
import { fixtures, root } from '../../../support/paths.ts';

const slug = 'drones-moskou-witte-huis';
const changed = `${fixtures}bad-content/passage-id-changed`;
const [oldId, newId] = ['opvallend-is-dat-een-andere-belangrijke', 'opmerkelijk-is-dat-een-andere-belangrijke'];

/** The content model's error message, or undefined when the content passes. */
function problemsOf(content: Content): string | undefined {
  try {
    createModel(content);
    return undefined;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.message;
  }
}

/** The content with `formerIds` set on the article, and a correction naming `corrected` in its log. */
function withFormerIds(content: Content, formerIds: Record<string, string>, corrected: string | undefined = Object.values(formerIds)[0]): Content {
  const [correction] = corrections.parse([{ date: '2026-11-27', what: { nl: 'Eerste woord.', en: 'First word.' }, why: { nl: 'Fout.', en: 'Error.' }, passage: corrected || undefined }]);
  return {
    ...content,
    articles: content.articles.map((article) =>
      article.id === slug ? { ...article, data: { ...article.data, formerIds, corrections: corrected && correction ? [...article.data.corrections, correction] : article.data.corrections } } : article,
    ),
  };
}

describe('the committed ledger', () => {
  const committed = readFileSync(join(root, 'content', ledgerFile), 'utf8');
  const ledger = parseLedger(committed, `content/${ledgerFile}`);
  const model = createModel(readContent());
  const now = publishedNow(model, passageIds(model.analysisByArticle));

  test('records everything today\'s content publishes, byte for byte as ledger:update writes it (run npm run ledger:update after publishing)', () => {
    expect(ledgerAdditions(ledger, now)).toEqual([]);
    expect(formatLedger(mergeLedger(ledger, now))).toBe(committed);
  });

  test('holds nothing today\'s content does not publish: every page of both languages, the moved ones, and every passage id', () => {
    expect(ledger).toEqual(now);
    expect(ledger.urls).toEqual(expect.arrayContaining(['/', '/en/', `/artikelen/${slug}/`, `/en/articles/${slug}/`, '/begrippen/poetin/', '/en/glossary/putin/', '/en/glossary/poetin/', '/tijdlijn/']));
    expect(ledger.passages[slug]?.[0]).toBe('moskou-was-dinsdag-het-doelwit-van');
  });
});

describe('a changed first word of a paragraph', () => {
  test('without a mapping fails, naming the old id, the article and the fix with the new id', () => {
    const message = problemsOf(readContent(changed));
    expect(message).toContain(`passage-id-changed/articles/${slug}.md → formerIds: the passage "#${oldId}" was published (content/published.json) and is no longer in the article`);
    expect(message).toContain(`formerIds: { ${oldId}: ${newId} }`);
    expect(message).toMatch(/^The content has 1 problem\./);
  });

  test('with formerIds mapping the old id to the new one passes', () => {
    expect(problemsOf(withFormerIds(readContent(changed), { [oldId]: newId }))).toBeUndefined();
  });

  test('a mapping without a correction naming the paragraph in the log fails, saying what to add', () => {
    expect(problemsOf(withFormerIds(readContent(changed), { [oldId]: newId }, ''))).toContain(
      `→ formerIds.${oldId}: the paragraph "#${newId}" was corrected (its first words changed), but the corrections log does not say so. Add to corrections: { date: <the day>, passage: ${newId}, what: { nl, en }, why: { nl, en } }.`,
    );
    expect(problemsOf(withFormerIds(readContent(changed), { [oldId]: newId }, oldId))).toMatch(
      new RegExp(`→ corrections\\[\\d+\\]\\.passage: "${oldId}" is no passage of the article\\. Give the id of the paragraph corrected as it is now \\("${newId}"\\)\\.`),
    );
  });

  test('a mapping to no passage, or from a passage that still exists, fails with the fix', () => {
    expect(problemsOf(withFormerIds(readContent(changed), { [oldId]: 'opmerkelijk' }))).toContain(`→ formerIds.${oldId}: "opmerkelijk" is no passage of the article. Point "${oldId}" at the id of the paragraph that succeeds it (new ids: "${newId}")`);
    expect(problemsOf(withFormerIds(readContent(), { 'russische-reactie': 'moskou-was-dinsdag-het-doelwit-van' }))).toContain('→ formerIds.russische-reactie: "russische-reactie" is a passage of the article now, so it cannot lead elsewhere. Remove this line.');
  });
});

describe('a published URL that is gone', () => {
  const withoutPoetin = (content: Content): Content => ({
    ...content,
    glossary: content.glossary.filter((entry) => entry.id !== 'poetin'),
    articles: content.articles.map((article) => ({ ...article, data: { ...article.data, tags: article.data.tags.filter((tag) => tag !== 'poetin') } })),
    timeline: content.timeline.map((event) => ({ ...event, data: { ...event.data, actors: event.data.actors.filter((actor) => actor !== 'poetin') } })),
  });

  test('a removed glossary entry without a redirect fails for each of its URLs, naming the redirect to add or the file to restore', () => {
    const message = problemsOf(withoutPoetin(readContent())) ?? '';
    expect(message).toContain(
      `content/published.json → urls: "/begrippen/poetin/" was published and is gone: links readers shared to it would break. Add a redirect to where it went, a line { from: '/begrippen/poetin/', to: '<its URL now>' } in movedByHand (src/model/moved-urls.ts), or restore the page (content/glossary/poetin.yaml).`,
    );
    expect(message).toContain('"/en/glossary/putin/" was published and is gone');
    expect(message).toContain('"/en/glossary/poetin/" was published and is gone');
  });

  test('new URLs and ids are fine: the ledger grows only through ledger:update', () => {
    const content = readContent();
    const ledger = content.published?.ledger;
    if (!ledger) throw new Error('the real content has a ledger');
    const shorter = { ...ledger, urls: ledger.urls.filter((url) => !url.startsWith('/begrippen/p')), passages: {} };
    expect(problemsOf({ ...content, published: { file: 'content/published.json', ledger: shorter } })).toBeUndefined();
  });
});

describe('ledger:update', () => {
  test('adds what is new after what the ledger held, and never drops a URL or id', () => {
    const before = { urls: ['/a/', '/gone/'], passages: { x: ['b', 'a'], old: ['z'] }, events: { '/tijdlijn/': ['e1'] } };
    const now = { urls: ['/a/', '/new/'], passages: { x: ['a', 'c'] }, events: { '/tijdlijn/2023/': ['e1', 'e2'] } };
    const after = mergeLedger(before, now);
    expect(after).toEqual({ urls: ['/a/', '/gone/', '/new/'], passages: { old: ['z'], x: ['b', 'a', 'c'] }, events: { '/tijdlijn/': ['e1'], '/tijdlijn/2023/': ['e1', 'e2'] } });
    expect(ledgerAdditions(before, after)).toEqual(['/new/', 'x#c', '/tijdlijn/2023/#e1', '/tijdlijn/2023/#e2']);
  });

  test('a malformed ledger is refused with the file and how to restore it', () => {
    expect(() => parseLedger('{"urls": "/"}', 'content/published.json')).toThrow('content/published.json must hold { "urls": [paths], "passages": { slug: [ids] }, "events": { path: [ids] } }. Restore it from git');
    expect(() => parseLedger('{', 'content/published.json')).toThrow(/^content\/published\.json is not valid JSON/);
  });
});
