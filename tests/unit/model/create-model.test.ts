import { describe, expect, test } from 'vitest';
import { createModel } from '../../../src/model/create-model.ts';
import { ContentError } from '../../../src/model/types.ts';
import { readContent } from '../../support/content.ts';
import { fixtures } from '../../support/paths.ts';

const slug = 'drones-moskou-witte-huis';

describe('createModel on the real content', () => {
  const model = createModel(readContent());

  test('analyses each article once and keeps the analysis', () => {
    expect([...model.analysisByArticle.keys()]).toEqual([slug]);
    expect(model.analysisByArticle.get(slug)?.passages[0]?.id).toBe('moskou-was-dinsdag-het-doelwit-van');
  });

  test('finds every evidence quote and misses none', () => {
    const analysis = model.analysisByArticle.get(slug);
    expect(analysis?.missingQuotes).toEqual([]);
    expect(analysis?.evidence.map((mark) => mark.event).sort()).toEqual(model.eventsByArticle.get(slug)?.map((event) => event.id).sort());
  });

  test('indexes mentions per entry by passage, with offsets that point at the words', () => {
    const mentions = model.mentionsByEntry.nl.get('atacms') ?? [];
    expect(mentions.map((mention) => mention.passage)).toContain('vanwege-deze-vrees-hield-president-biden');
    for (const { passageText, ranges } of mentions) {
      for (const { start, end } of ranges) expect(passageText.slice(start, end)).toMatch(/^Atacms/i);
    }
  });

  test('a mention inside a marked quote belongs to its paragraph, not to the quote mark', () => {
    const passages = (model.mentionsByEntry.nl.get('oekraine') ?? []).map((mention) => mention.passage);
    expect(passages.filter((passage) => passage.startsWith('quote-'))).toEqual([]);
    expect(new Set(passages).size).toBe(passages.length);
  });

  test('orders the timeline oldest first, each reaction after what it reacts to, and indexes events by actor', () => {
    const position = new Map(model.timeline.map((event, index) => [event.id, index]));
    for (const event of model.timeline) {
      const cause = event.data.after;
      if (cause) expect(position.get(cause)).toBeLessThan(position.get(event.id) ?? -1);
    }
    const dates = model.timeline.filter((event) => !event.data.after).map((event) => event.data.date.start.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(model.eventsByActor.get('cleverly')?.map((event) => event.id)).toContain('2023-05-30-verklaring-cleverly');
  });

  test('warns once per entry and language about aliases that mark nothing, never about used ones', () => {
    const places = model.warnings.map((warning) => `${warning.file} ${warning.field}`);
    expect(new Set(places).size).toBe(places.length);
    const files = model.warnings.map((warning) => warning.file);
    expect(model.warnings.find((warning) => warning.file.endsWith('kyiv.yaml'))?.message).toMatch(/^"Kiev", "Kijev" mark nothing in any article yet\. Check the spelling/);
    expect(files.some((file) => file.endsWith('atacms.yaml'))).toBe(false);
  });
});

/**
 * The cross-check cases of tests/fixtures/bad-content/: each is the real content with one thing
 * broken, and must fail with the file, the field and the fix. (The end-to-end suite runs one of
 * them through the real build; the schema cases are in tests/unit/model/schemas/.)
 */
const crossChecks: Record<string, [file: string, message: RegExp]> = {
  'empty-body': ['drones-moskou-witte-huis.md', /→ body: the article has no text\. Paste the article's paragraphs/],
  'duplicate-alias': ['moskva.yaml', /→ aliases\.nl\[1\]: "Moskou" is already an alias of "moskou"\. Keep it in one entry only/],
  'duplicate-slug': ['kremlinleider.yaml', /→ slug\.en: "putin" is already the English URL slug of "poetin" \(content\/glossary\/poetin\.yaml\)\. Give this entry its own, e\.g\. "kremlin-leader"/],
  'timeline-quote-changed': ['2023-05-30-droneaanval-moskou.yaml', /→ evidence\.quote: "Moskou was dinsdag het doelwit van een grootscheepse droneaanval\." is not in the article/],
  'article-raw-html': ['kort-bericht.md', /→ body \(line 21\): raw HTML \(<script…>\) is never published\. If it is part of the text, escape/],
  'article-javascript-link': ['kort-bericht.md', /→ body \(line 21\): the link "het persbureau" is a "javascript:" link, which could run code\. Link to an http/],
  'timeline-unknown-actor': ['2023-05-storm-shadow-geleverd.yaml', /→ actors\[1\]: there is no glossary entry "stormshadow"/],
  'ended-role-as-current': [
    'biden.yaml',
    /→ short\.nl: "President van de Verenigde Staten\." states "President van de Verenigde Staten" as current, but it ended in 20 January 2025 \(facts\[0\]\.until\)\. Put it in the past with its years, e\.g\. "President van de Verenigde Staten \(2021–2025\)"/,
  ],
  'relative-day-word': ['2023-05-30-droneaanval-moskou.yaml', /→ annotation\.nl: "dinsdag" dates this relative to when it was written, which no reader can know\. Give the date \(e\.g\. "dinsdag 30 mei 2023"\)/],
  // A translation that exists is complete, aligned and current (src/model/checks/translation-alignment.ts).
  'translation-passage-missing': [
    'drones-moskou-witte-huis.en.yaml',
    /→ passages: the Dutch passage "russische-reactie" \(“Russische reactie”\) has no translation\. Add \{ id: russische-reactie, source: 7ad1c021ea12, text: <the English> \} in its place\./,
  ],
  'translation-passage-unknown': ['drones-moskou-witte-huis.en.yaml', /→ passages\[7\]\.id: "russiche-reactie" is not a passage of the Dutch article\. Use the id of the Dutch paragraph/],
  'translation-stale': [
    'drones-moskou-witte-huis.en.yaml',
    /→ passages\[6\]\.source: the Dutch passage "de-spionagediensten-zo-meldde-cnn-op" changed after it was translated \(fingerprint 3a9ddec4dbd8, now [0-9a-f]{12}\)\. Bring the English in line with the Dutch “De spionagediensten, zo meldde CNN op basis van …”, then set source: [0-9a-f]{12}\./,
  ],
  'translation-quote-missing': [
    '2023-05-30-droneaanval-moskou.yaml',
    /→ evidence\.translation: "On Tuesday Moscow was the target of a massive drone attack\." is not in the English translation of "drones-moskou-witte-huis"/,
  ],
  // A place can be drawn: it has a location, and its point lies in its country (src/model/checks/place-location.ts).
  'place-without-location': ['kyiv.yaml', /→ location: is missing: a place needs one for its map\. Add location: \{ country: <ISO code>, point: \{ lat, lon, source:/],
  'place-outside-its-country': ['moskou.yaml', /→ location\.point: \(37\.61556 N, 55\.75222 E\) does not lie in RU as drawn \(Natural Earth, recognised borders\)\. Latitude and longitude look swapped: swap them\./],
  'reaction-before-cause': [
    '2023-05-29-reactie-op-later-bericht.yaml',
    /→ after: "2023-05-30-droneaanval-moskou" \(2023-05-30\) is dated after this event \(2023-05-29\), so this cannot react to it\./,
  ],
};

describe('createModel on broken content', () => {
  test.each(Object.entries(crossChecks))('%s fails with the file, the field and the fix', (fixture, [file, message]) => {
    let error: unknown;
    try {
      createModel(readContent(`${fixtures}bad-content/${fixture}`));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/^The content has \d+ problems?\. Fix and build again:/);
    expect((error as ContentError).message).toContain(file);
    expect((error as ContentError).message).toMatch(message);
  });
});
