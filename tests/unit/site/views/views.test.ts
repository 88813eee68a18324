/** The view models, on the real content: what each page type will show, computed without Astro. */
import { describe, expect, test } from 'vitest';
import { createModel } from '../../../../src/model/create-model.ts';
import { articleView } from '../../../../src/site/views/article.ts';
import { glossaryEntryView } from '../../../../src/site/views/glossary-entry.ts';
import { glossaryIndexView } from '../../../../src/site/views/glossary-index.ts';
import { timelineView } from '../../../../src/site/views/timeline.ts';
import { readContent } from '../../../support/content.ts';

const model = createModel(readContent());
const site = new URL('https://duiding.example/');
const slug = 'drones-moskou-witte-huis';

describe('article view', () => {
  const view = articleView(model, slug, 'en', site);

  test('renders the body for the English interface, with the Dutch text and English links', () => {
    expect(view.html).toContain('<p id="moskou-was-dinsdag-het-doelwit-van">');
    expect(view.html).toContain('werden uit de lucht geschoten');
    expect(view.html).toContain('href="/en/glossary/atacms/"');
    expect(view.html).not.toContain('href="/begrippen/');
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
