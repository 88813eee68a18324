import { describe, expect, test } from 'vitest';
import { analyseArticle, analyseTranslation } from '../../../../src/markdown/processor.ts';
import { checkTimelineQuotes } from '../../../../src/model/checks/timeline-quotes.ts';
import { checkTranslationAlignment } from '../../../../src/model/checks/translation-alignment.ts';
import type { Article, Translation } from '../../../../src/model/types.ts';
import { compileTermMatcher } from '../../../../src/text/term-matcher.ts';
import { passageHash } from '../../../../src/text/passage-hash.ts';
import { readContent, timelineEvent } from '../../../support/content.ts';

const content = readContent();
const real = content.translations[0] as Translation;
const [article] = content.articles as [Article];
const analysis = analyseArticle(article.body, { glossary: compileTermMatcher([]), quotes: [] });
const articles = new Map([[article.id, article]]);

/** The check on the real translation with its passages (or other fields) changed. */
function check(change: (data: Translation['data']) => Translation['data']) {
  return checkTranslationAlignment([{ ...real, data: change(structuredClone(real.data)) }], articles, new Map([[article.id, analysis]]));
}

describe('checkTranslationAlignment', () => {
  test('the real translation is complete, in order and current', () => {
    expect(check((data) => data)).toEqual([]);
  });

  test('every fingerprint is the one of its Dutch passage', () => {
    const byId = new Map(analysis.passages.map((passage) => [passage.id, passageHash(passage.text)]));
    for (const passage of real.data.passages) expect(passage.source).toBe(byId.get(passage.id));
  });

  test('passages out of order or translated twice are named', () => {
    const swapped = check((data) => ({ ...data, passages: [data.passages[1], data.passages[0], ...data.passages.slice(2)].filter((passage) => passage !== undefined) }));
    expect(swapped).toEqual([{ file: real.filePath, field: 'passages[1].id', message: expect.stringMatching(/^"moskou-was-dinsdag-het-doelwit-van" is out of order\./) }]);
    const twice = check((data) => ({ ...data, passages: [...data.passages, data.passages[0]].filter((passage) => passage !== undefined) }));
    expect(twice).toEqual([{ file: real.filePath, field: `passages[${real.data.passages.length}].id`, message: expect.stringMatching(/is translated twice/) }]);
  });

  test('a photo caption is translated when the article has a photo, and only then', () => {
    const { caption: _, ...withoutCaption } = real.data;
    expect(check(() => withoutCaption)).toEqual([{ file: real.filePath, field: 'caption', message: expect.stringMatching(/^is missing: the article has a photo caption\. Translate "Inspectie van de schade/) }]);
  });

  test('a translation whose article does not exist is named by its file', () => {
    expect(checkTranslationAlignment([{ ...real, id: 'drones-moskou', filePath: 'content/articles/drones-moskou.en.yaml' }], articles, new Map([[article.id, analysis]]))).toEqual([
      { file: 'content/articles/drones-moskou.en.yaml', field: 'file name', message: expect.stringMatching(/^there is no article "drones-moskou\.md" beside it/) },
    ]);
  });
});

describe('checkTimelineQuotes with a translation', () => {
  const english = (quote?: string) =>
    analyseTranslation(
      real.data.passages.map(({ id, text }) => ({ id, text, tagName: 'p' })),
      { glossary: compileTermMatcher([]), quotes: quote ? [{ id: 'e', quote }] : [] },
    );
  const event = (translation?: string) => timelineEvent('e', { evidence: { article: article.id, quote: 'Moskou was dinsdag het doelwit', ...(translation ? { translation } : {}) } });
  const dutch = analyseArticle(article.body, { glossary: compileTermMatcher([]), quotes: [{ id: 'e', quote: 'Moskou was dinsdag het doelwit' }] });

  test('an event quoting a translated article quotes the translation too, and it must stand there', () => {
    expect(checkTimelineQuotes([event('Moscow was the target')], new Map([[article.id, dutch]]), new Map([[article.id, english('Moscow was the target')]]))).toEqual([]);
    expect(checkTimelineQuotes([event()], new Map([[article.id, dutch]]), new Map([[article.id, english()]]))).toEqual([
      { file: 'content/timeline/e.yaml', field: 'evidence.translation', message: expect.stringMatching(/^is missing: the article "drones-moskou-witte-huis" has an English translation/) },
    ]);
  });

  test('a translated quote for an article without a translation is named', () => {
    expect(checkTimelineQuotes([event('Moscow was the target')], new Map([[article.id, dutch]]), new Map())).toEqual([
      { file: 'content/timeline/e.yaml', field: 'evidence.translation', message: expect.stringMatching(/has no English translation \(articles\/drones-moskou-witte-huis\.en\.yaml\)/) },
    ]);
  });
});
