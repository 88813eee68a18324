/**
 * The lists that grow with the archive (issue 17): the timeline, the home page and a glossary
 * entry's passages, on the real content grown by made-up events and copies of the real article.
 */
import { describe, expect, test } from 'vitest';
import { pathFor } from '../../../../src/i18n/routes.ts';
import { createModel } from '../../../../src/model/create-model.ts';
import { listSizes } from '../../../../src/model/list-pages.ts';
import { movedUrls, siteRoutes } from '../../../../src/model/moved-urls.ts';
import { publishedNow } from '../../../../src/model/published-ledger.ts';
import { passageIds } from '../../../../src/model/checks/index.ts';
import { checkPublishedLedger } from '../../../../src/model/checks/published-ledger.ts';
import type { Content } from '../../../../src/model/types.ts';
import { glossaryEntryView } from '../../../../src/site/views/glossary-entry.ts';
import { homeView } from '../../../../src/site/views/home.ts';
import { eventHref } from '../../../../src/site/views/parts.ts';
import { timelineView } from '../../../../src/site/views/timeline.ts';
import { readContent, timelineEvent } from '../../../support/content.ts';

const site = new URL('https://duiding.example/');
const real = readContent();
const day = (index: number) => new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);

/** The real content with `events` more events, one a day from 1 January 2024, and `copies` of the article, one a day. */
function grown(events: number, copies = 0): Content {
  const [article] = real.articles;
  if (!article) throw new Error('the real content has an article');
  return {
    ...real,
    timeline: [...real.timeline, ...Array.from({ length: events }, (_, index) => timelineEvent(`made-up-${index}`, { date: day(index), actors: ['poetin'] }))],
    articles: [
      ...real.articles,
      ...Array.from({ length: copies }, (_, index) => ({ ...article, id: `copy-${index}`, data: { ...article.data, published: { ...article.data.published, iso: day(index), precision: 'day' as const, start: new Date(`${day(index)}T00:00:00Z`) }, source: { ...article.data.source, derivedDay: undefined } } })),
    ],
  };
}

describe('the timeline pages by period once it is long', () => {
  const model = createModel(grown(200));

  test('/tijdlijn/ lists the years with their sizes; no page shows more events than it may', () => {
    const root = timelineView(model, 'nl', site);
    expect(root.events).toEqual([]);
    expect(root.nav.parts.map((part) => `${part.name} ${part.count}`)).toEqual(['2022 1 gebeurtenis', '2023 12 gebeurtenissen', '2024 201 gebeurtenissen']);
    expect(root.nav.parts[2]?.href).toBe('/tijdlijn/2024/');
    for (const page of model.timelinePages) expect(page.items.length).toBeLessThanOrEqual(listSizes.events);
  });

  test('a month’s page lists its events in order, with the way up and to the months beside it', () => {
    const march = timelineView(model, 'en', site, '2024/03');
    expect(march.title).toBe('Timeline: March 2024');
    expect(march.events.map((event) => event.date.iso)).toEqual(Array.from({ length: 31 }, (_, index) => `2024-03-${String(index + 1).padStart(2, '0')}`));
    expect(march.nav.up).toEqual([
      { href: '/en/timeline/', name: 'Timeline' },
      { href: '/en/timeline/2024/', name: '2024' },
    ]);
    expect([march.nav.previous?.href, march.nav.next?.href]).toEqual(['/en/timeline/2024/02/', '/en/timeline/2024/04/']);
    // Reading on crosses years: January 2024 follows the last page of 2023, which is not split.
    expect(timelineView(model, 'nl', site, '2024/01').nav.previous).toMatchObject({ href: '/tijdlijn/2023/', words: '2023' });
    expect(timelineView(model, 'nl', site, '2024/01').nav.previous?.href).toBe(timelineView(model, 'nl', site, '2023').nav.current?.href);
    expect(timelineView(model, 'nl', site, '2023').nav.next?.href).toBe('/tijdlijn/2024/01/');
    expect(timelineView(model, 'nl', site, '2024/03').title).toBe('Tijdlijn: maart 2024');
  });

  test('every link to an event leads to the page that shows it, and the pages are routes of the site', () => {
    expect(eventHref(model, '2023-05-30-droneaanval-moskou', 'nl')).toBe('/tijdlijn/2023/#2023-05-30-droneaanval-moskou');
    expect(eventHref(model, 'made-up-70', 'en')).toBe('/en/timeline/2024/03/#made-up-70');
    const paths = siteRoutes(grown(200)).map((route) => pathFor(route, 'nl'));
    expect(paths).toEqual(expect.arrayContaining(['/tijdlijn/', '/tijdlijn/2023/', '/tijdlijn/2024/', '/tijdlijn/2024/03/']));
  });

  test('an event shared as /tijdlijn/#id before the split keeps its anchor there, leading to its page now', () => {
    // The real ledger recorded the 14 events when /tijdlijn/ showed them all.
    const root = timelineView(model, 'nl', site);
    const moved = root.forwarded.find((event) => event.id === '2023-05-30-droneaanval-moskou');
    expect(moved).toMatchObject({ date: '30 mei 2023', href: '/tijdlijn/2023/#2023-05-30-droneaanval-moskou' });
    // All 14, in the timeline's order: the invasion of 2022 first.
    expect(root.forwarded.map((event) => event.id)).toEqual(createModel(real).timeline.map((event) => event.id));
    // On the page that shows an event in full, it is not forwarded again.
    expect(timelineView(model, 'nl', site, '2023').forwarded).toEqual([]);
  });

  test('the ledger records each page’s events, and a published event that is gone fails the build', () => {
    const now = publishedNow(grown(200), passageIds(model.analysisByArticle));
    expect(now.events['/tijdlijn/2024/03/']).toHaveLength(31);
    const ledger = real.published?.ledger;
    if (!ledger) throw new Error('the real content has a ledger');
    const without = real.timeline.filter((event) => event.id !== '2023-05-30-reactie-witte-huis');
    const problems = checkPublishedLedger({ file: 'content/published.json', ledger }, now, real.articles, without);
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^events\["\/tijdlijn\/"\]: the event "#2023-05-30-reactie-witte-huis" was published on \/tijdlijn\/ and is no longer on the timeline/),
    ]);
  });
});

describe('the home page and an entry page once the archive is long', () => {
  const model = createModel(grown(0, 60));

  test('the home page lists the newest articles, then the archive by year', () => {
    const home = homeView(model, 'nl');
    expect(home.articles).toHaveLength(listSizes.home);
    expect(home.articles[0]?.href).toBe('/artikelen/copy-59/');
    expect(home.nav.parts.map((part) => `${part.href} ${part.count}`)).toEqual(['/archief/2024/ 60 artikelen', '/archief/2023/ 1 artikel']);
    // The 21st newest (9 February 2024) is on February's page.
    expect(home.older).toEqual({ href: '/archief/2024/02/', label: 'Oudere artikelen: februari 2024' });
    const year = homeView(model, 'en', '2024');
    expect([year.title, year.articles.length]).toEqual(['Articles: 2024', 0]);
    expect(year.nav.parts.map((part) => part.name)).toEqual(['February 2024', 'January 2024']);
    const february = homeView(model, 'en', '2024/02');
    expect(february.articles).toHaveLength(29);
    // Previous is earlier in time, though the archive lists the newest first.
    expect([february.nav.previous?.href, february.nav.next?.href]).toEqual(['/en/archive/2024/01/', undefined]);
  });

  test('the archive’s bare folder leads to the home page, saying it lists the newest and the years', () => {
    const moves = movedUrls(model).filter((move) => move.kind !== 'renamed');
    expect(moves.map(({ from, to, kind }) => [from, to, kind])).toEqual([
      ['/archief/', '/', 'pagedArchive'],
      ['/en/archive/', '/en/', 'pagedArchive'],
    ]);
  });

  test('an entry page quotes the newest passages and offers search for the rest', () => {
    const view = glossaryEntryView(model, 'poetin', 'nl', site);
    expect(view.mentions).toHaveLength(listSizes.mentions);
    expect(view.mentionCount).toBeGreaterThan(listSizes.mentions * 2);
    expect(view.moreMentions?.note).toBe(`Hieronder 25 van de ${view.mentionCount}, uit de nieuwste artikelen.`);
    expect(view.moreMentions?.search).toEqual({ href: '/zoeken/?q=Vladimir+Poetin&kind=passage', label: 'Zoek alle passages over Vladimir Poetin' });
    expect(view.mentions[0]?.href).toMatch(/^\/artikelen\/copy-59\/#/);
  });

  test('an entry page lists its latest events and offers search for the rest', () => {
    const view = glossaryEntryView(createModel(grown(30)), 'poetin', 'en', site);
    expect(view.events).toHaveLength(listSizes.entryEvents);
    expect(view.events.at(-1)?.date.iso).toBe(day(29));
    expect(view.moreEvents?.note).toMatch(/^Below are the latest 20 of the \d+\.$/);
    expect(view.moreEvents?.search.href).toBe('/en/search/?q=Vladimir+Putin&kind=event');
  });

  test('a short archive is one home page, as before', () => {
    const small = createModel(real);
    expect(homeView(small, 'nl').nav.parts).toEqual([]);
    expect(glossaryEntryView(small, 'poetin', 'nl', site).moreMentions).toBeUndefined();
  });
});
