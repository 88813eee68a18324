import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import type { Route } from '../../../src/i18n/routes.ts';
import { createModel } from '../../../src/model/create-model.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';
import { ogImageFor, ogImageParam, ogImagePath, ogImages, timelineSpan } from '../../../src/site/og-images.ts';
import { articleView } from '../../../src/site/views/article.ts';
import { parsePreciseDate } from '../../../src/text/precise-date.ts';
import { readContent } from '../../support/content.ts';

const model = createModel(readContent());
const slug = 'drones-moskou-witte-huis';
const titles = { nl: 'Drones in Moskou brengen het Witte Huis in een steeds lastiger parket', en: 'Drones in Moscow put the White House in an increasingly awkward spot' };

describe('ogImagePath', () => {
  test('articles, glossary entries and the timeline have their own image, per language', () => {
    expect(ogImagePath({ name: 'article', slug }, 'nl')).toBe('/og/nl/article/drones-moskou-witte-huis.png');
    expect(ogImagePath({ name: 'article', slug }, 'en')).toBe('/og/en/article/drones-moskou-witte-huis.png');
    // Named like the page, so with the entry's slug in each language.
    expect(ogImagePath({ name: 'glossaryEntry', slug: { nl: 'poetin', en: 'putin' } }, 'nl')).toBe('/og/nl/glossary/poetin.png');
    expect(ogImagePath({ name: 'glossaryEntry', slug: { nl: 'poetin', en: 'putin' } }, 'en')).toBe('/og/en/glossary/putin.png');
    expect(ogImagePath({ name: 'timeline' }, 'nl')).toBe('/og/nl/timeline.png');
    expect(ogImagePath({ name: 'timeline' }, 'en')).toBe('/og/en/timeline.png');
  });

  test('every other page shares the site image of its language', () => {
    for (const route of [{ name: 'home' }, { name: 'glossary' }, { name: 'search' }, { name: 'about' }] satisfies Route[]) {
      expect(ogImagePath(route, 'nl')).toBe('/og/nl/site.png');
      expect(ogImagePath(route, 'en')).toBe('/og/en/site.png');
    }
  });

  test('a parameter is encoded, never passed through as path syntax', () => {
    expect(ogImagePath({ name: 'article', slug: 'a/../b' }, 'nl')).toBe('/og/nl/article/a%2F..%2Fb.png');
  });

  test('the endpoint parameter is the path without folder and extension', () => {
    expect(ogImageParam({ name: 'article', slug }, 'en')).toBe('en/article/drones-moskou-witte-huis');
    expect(ogImageParam({ name: 'search' }, 'nl')).toBe('nl/site');
  });
});

describe('ogImages', () => {
  test('one image per article, glossary entry, timeline and site, each at a distinct path', () => {
    const paths = ogImages(model, 'nl').map(({ route }) => ogImagePath(route, 'nl'));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.length).toBe(model.articles.length + model.glossary.length + 2);
    expect(paths).toEqual(expect.arrayContaining(['/og/nl/site.png', '/og/nl/timeline.png', '/og/nl/article/drones-moskou-witte-huis.png', '/og/nl/glossary/atacms.png']));
  });

  test('the page that shares the site image is described by the site image', () => {
    expect(ogImageFor(model, { name: 'search' }, 'en')).toEqual(ogImageFor(model, { name: 'home' }, 'en'));
  });
});

describe('what a card says that the title does not', () => {
  test('an article: its kind, the day it appeared as the page shows it, and the page\'s own counts', () => {
    for (const locale of ['nl', 'en'] as const) {
      const { card, alt } = ogImageFor(model, { name: 'article', slug }, locale);
      const view = articleView(model, slug, locale, new URL('https://duiding.example/'));
      expect(card.label).toBe(locale === 'nl' ? 'Artikel' : 'Article');
      // The day as the page's source line gives it ("Bron: …, ≈ 31 mei 2023").
      expect(card.headline).toBe(locale === 'nl' ? '≈ 31 mei 2023' : '≈ 31 May 2023');
      expect(view.provenance.line).toContain(card.headline);
      expect(card.stats?.map(({ value }) => Number(value))).toEqual([view.events.length, view.cited.length]);
      // Nothing on the card repeats the headline the link preview already shows.
      expect(JSON.stringify(card)).not.toContain(titles[locale]);
      expect(alt).not.toContain(titles[locale]);
    }
    expect(ogImageFor(model, { name: 'article', slug }, 'nl').alt).toBe(
      'Artikel op Duiding, oorspronkelijk verschenen omstreeks 31 mei 2023: 11 gebeurtenissen uit het artikel op de tijdlijn en 29 begrippen uitgelegd.',
    );
    expect(ogImageFor(model, { name: 'article', slug }, 'en').alt).toBe(
      'Article on Duiding, originally published around 31 May 2023: 11 events from the article on the timeline and 29 glossary entries. Translated by Duiding from the Dutch original.',
    );
  });

  test('an article without a translation says, in English, that the text is Dutch', () => {
    const untranslated = createModel({ ...readContent(), translations: [], timeline: readContent().timeline.map(withoutTranslatedQuote) });
    expect(ogImageFor(untranslated, { name: 'article', slug }, 'en').card.note).toBe('The article is in Dutch, as it was published');
    expect(ogImageFor(untranslated, { name: 'article', slug }, 'nl').card.note).toBeUndefined();
  });

  test('a glossary entry: its kind, its short line in the card\'s language and the day it was checked', () => {
    const nl = ogImageFor(model, { name: 'glossaryEntry', slug: { nl: 'poetin', en: 'putin' } }, 'nl');
    expect(nl.card).toMatchObject({
      label: 'Begrippen · Persoon',
      headline: 'Vladimir Poetin',
      text: 'President van Rusland van 1999 (eerst waarnemend) tot 2008; in 2012 opnieuw aangetreden, in functie in mei 2023.',
      note: 'Laatst gecontroleerd op 27 november 2026.',
      lang: 'nl',
    });
    expect(nl.alt).toBe(
      'Uit de begrippenlijst van Duiding (persoon): Vladimir Poetin. President van Rusland van 1999 (eerst waarnemend) tot 2008; in 2012 opnieuw aangetreden, in functie in mei 2023. Laatst gecontroleerd op 27 november 2026.',
    );
    const en = ogImageFor(model, { name: 'glossaryEntry', slug: { nl: 'atacms', en: 'atacms' } }, 'en');
    expect(en.card).toMatchObject({ label: 'Glossary · Weapon', headline: 'ATACMS', lang: 'en', footer: 'Duiding — News, explained' });
    expect(en.card.text).toMatch(/^American short-range ballistic missile/);
    expect(en.alt).toMatch(/^Glossary entry on Duiding \(weapon\): ATACMS\. American short-range/);
  });

  test('the timeline: the span of its events and how many there are', () => {
    const { card, alt } = ogImageFor(model, { name: 'timeline' }, 'nl');
    expect(card.label).toBe('Tijdlijn');
    expect(card.headline).toBe('24 februari 2022 – 24 april 2024');
    expect(card.stats).toEqual([{ value: String(model.timeline.length), label: 'gebeurtenissen' }]);
    expect(alt).toBe(`Tijdlijn op Duiding, 24 februari 2022 – 24 april 2024: ${model.timeline.length} gebeurtenissen.`);
    expect(ogImageFor(model, { name: 'timeline' }, 'en').card.headline).toBe('24 February 2022 – 24 April 2024');
  });

  test('the site image says what Duiding is, as the home page does', () => {
    const t = useTranslations('en');
    const { card, alt } = ogImageFor(model, { name: 'home' }, 'en');
    expect(card.text).toBe(t('home.what'));
    expect(alt).toBe(`News, explained. ${t('home.what')}`);
  });
});

/** An event as it would be if the article had no translation: no translated quote. */
function withoutTranslatedQuote(event: TimelineEvent): TimelineEvent {
  return event.data.evidence ? { ...event, data: { ...event.data, evidence: { article: event.data.evidence.article, quote: event.data.evidence.quote } } } : event;
}

describe('timelineSpan', () => {
  const event = (date: string, extra: { approximate?: boolean; until?: string } = {}) => {
    const base = model.timeline[0];
    if (!base) throw new Error('The content has no timeline events.');
    const parsed = (iso: string) => parsePreciseDate(iso) ?? (() => { throw new Error(iso); })();
    return { ...base, data: { ...base.data, date: parsed(date), approximate: extra.approximate ?? false, until: extra.until ? parsed(extra.until) : undefined } } as TimelineEvent;
  };

  test('from the first event to the latest day any event reaches, each at its own precision', () => {
    expect(timelineSpan([event('2023-05-03'), event('2023-05-30')], 'nl')).toBe('3 mei 2023 – 30 mei 2023');
    // A month reaches to its last day, later than a day inside it; the earliest counts, wherever it is listed.
    expect(timelineSpan([event('2023-05-30'), event('2023-05')], 'nl')).toBe('mei 2023');
    expect(timelineSpan([event('2023-05-30'), event('2022-02-24')], 'nl')).toBe('24 februari 2022 – 30 mei 2023');
    // A standing state that ended after the last event's date ends the span.
    expect(timelineSpan([event('2023-05', { until: '2023-10' }), event('2023-05-03'), event('2023-05-31')], 'nl')).toBe('mei 2023 – oktober 2023');
    expect(timelineSpan([event('2023-W21', { approximate: true }), event('2023-05-31', { approximate: true })], 'en')).toBe('≈ week of 22 May 2023 – ≈ 31 May 2023');
  });

  test('one date is not a span, and no events give none', () => {
    expect(timelineSpan([event('2023-05-30')], 'nl')).toBe('30 mei 2023');
    expect(timelineSpan([], 'nl')).toBeUndefined();
  });
});
