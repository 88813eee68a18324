/** The view models, on the real content: what each page type will show, computed without Astro. */
import { describe, expect, test } from 'vitest';
import { createModel } from '../../../../src/model/create-model.ts';
import { articleView } from '../../../../src/site/views/article.ts';
import { glossaryEntryView } from '../../../../src/site/views/glossary-entry.ts';
import { glossaryIndexView } from '../../../../src/site/views/glossary-index.ts';
import { timelineView } from '../../../../src/site/views/timeline.ts';
import type { TimelineEvent } from '../../../../src/model/types.ts';
import { readContent } from '../../../support/content.ts';

const model = createModel(readContent());

/** An event as it would be if the article had no translation: no translated quote. */
const withoutTranslatedQuote = (event: TimelineEvent): TimelineEvent =>
  event.data.evidence ? { ...event, data: { ...event.data, evidence: { article: event.data.evidence.article, quote: event.data.evidence.quote } } } : event;
const site = new URL('https://duiding.example/');
const slug = 'drones-moskou-witte-huis';

describe('article view', () => {
  const view = articleView(model, slug, 'en', site);

  test('"In brief" points to the maps under the article, by their titles', () => {
    expect(view.brief.maps).toEqual(view.maps.map((map) => ({ href: `#${map.id}-title`, title: map.title })));
    expect(view.brief.maps.map((map) => map.title)).toEqual(['Where it happened', 'How far the missiles reach, measured from the border']);
  });

  test('renders the translation for the English interface, each paragraph with its Dutch original, and English links', () => {
    expect(view.edition).toMatchObject({ lang: 'en', title: 'Drones in Moscow put the White House in an increasingly awkward spot' });
    expect(view.html).toContain('<p id="moskou-was-dinsdag-het-doelwit-van">');
    expect(view.html).toContain('were shot down, but at least three came down on residential blocks');
    expect(view.html).toContain('<summary>Dutch original</summary><p lang="nl">Moskou was dinsdag het doelwit');
    expect(view.html).toContain('href="/en/glossary/atacms/"');
    expect(view.html).not.toContain('href="/begrippen/');
    expect(view.languageNote?.notice).toBe('Translated by Duiding from the Dutch original on 27 November 2026. Checked against the original on 27 November 2026.');
    expect(view.bySite).toMatch(/the text is Duiding’s translation of the Dutch original/);
  });

  test('the Dutch page offers the English translation of each paragraph, and says so', () => {
    const dutch = articleView(model, slug, 'nl', site);
    expect(dutch.edition.lang).toBe('nl');
    expect(dutch.html).toContain('<summary>Engelse vertaling</summary><p lang="en">Moscow was the target');
    expect(dutch.languageNote?.notice).toBe('Onder elke alinea kunt u de Engelse vertaling openen. Duiding vertaalde het artikel op 27 november 2026 uit het Nederlands. Op 27 november 2026 naast het origineel nagelezen.');
    expect(dutch.bySite).toMatch(/ongewijzigd overgenomen/);
  });

  test('an article without a translation shows its Dutch text on the English page, with a notice and no counterparts', () => {
    const untranslated = createModel({ ...readContent(), translations: [], timeline: readContent().timeline.map(withoutTranslatedQuote) });
    const english = articleView(untranslated, slug, 'en', site);
    expect(english.edition).toMatchObject({ lang: 'nl', title: 'Drones in Moskou brengen het Witte Huis in een steeds lastiger parket' });
    expect(english.languageNote?.notice).toBe('This article is in Dutch, as it was published; the interface around it is in English.');
    expect(english.hasCounterparts).toBe(false);
    expect(english.html).not.toContain('<details');
    expect(english.html).toContain('werden uit de lucht geschoten');
    expect(articleView(untranslated, slug, 'nl', site).languageNote).toBeUndefined();
  });

  test('cites the entries in order of first mention, and only the events the text quotes', () => {
    expect(view.cited[0]?.href).toMatch(/^\/en\/glossary\//);
    expect(view.events.length).toBeGreaterThan(0);
    for (const event of view.events) expect(view.html).toContain(`id="quote-${event.id}"`);
  });

  test('gives absolute URLs on the configured origin to sharing and structured data', () => {
    expect(view.shareUrl).toBe(`https://duiding.example/en/articles/${slug}/`);
    expect(JSON.stringify(view.jsonLd)).toContain('https://duiding.example/en/glossary/');
  });
});

describe('glossary entry view', () => {
  test('quotes each passage that mentions the entry once, with the mention marked', () => {
    const view = glossaryEntryView(model, 'oekraine', 'nl', site);
    const hrefs = view.mentions.map((mention) => mention.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const mention of view.mentions) {
      const marked = mention.sentences.flat().filter((part) => part.mark).map((part) => part.text);
      expect(marked.length).toBeGreaterThan(0);
      for (const text of marked) expect(text).toMatch(/^Oekraïn/);
    }
  });

  test('lists the events the entry takes part in, linked to the timeline in the page language', () => {
    const view = glossaryEntryView(model, 'cleverly', 'en', site);
    expect(view.events.map((event) => event.href)).toContain('/en/timeline/#2023-05-30-verklaring-cleverly');
  });
});

test('the glossary index groups every entry once, alphabetically within its kind', () => {
  const { groups } = glossaryIndexView(model, 'en');
  expect(groups.flatMap((group) => group.entries).length).toBe(model.glossary.length);
  for (const { entries } of groups) {
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
  }
});

test('the timeline offers as filters exactly the actors of its events', () => {
  const view = timelineView(model, 'nl', site);
  const involved = new Set(view.events.flatMap((event) => event.actors.map((actor) => actor.id)));
  expect(new Set(view.actors.map((actor) => actor.id))).toEqual(involved);
});
