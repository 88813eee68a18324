/** What search indexes, on the real content: what a reader can find, and what an excerpt can show. */
import { describe, expect, test } from 'vitest';
import { createModel } from '../../../src/model/create-model.ts';
import { searchRecordHtml, searchRecordsOf, searchWeights } from '../../../src/site/search-records.ts';
import { readContent } from '../../support/content.ts';

const records = searchRecordsOf(createModel(readContent()));
const record = (url: string) => {
  const found = records.find((one) => one.url === url);
  if (!found) throw new Error(`no search record for ${url}`);
  return found;
};

describe('glossary entries in search', () => {
  test('hold their facts with value, time and source, so "Lockheed" or a range finds the entry', () => {
    const { content } = record('/begrippen/atacms/');
    expect(content).toContain('Fabrikant: Lockheed Martin (bron: The Week, ‘ATACMS, the long-range American missiles being fired by Ukraine’).');
    // The article's own claim is attributed to it once, not to a "source" named "the source article".
    expect(content).toContain('Bereik volgens het artikel: zo’n 300 kilometer in mei 2023.');
    expect(record('/begrippen/moskou/').content).toContain('zeker drie kwamen neer op woonflats op 30 mei 2023, volgens het artikel.');
    expect(record('/en/glossary/atacms/').content).toContain('Manufacturer: Lockheed Martin (source: The Week,');
  });

  test('open on the name and what the entry says, never on a list of spellings', () => {
    const { heading, content } = record('/begrippen/poetin/');
    expect(heading).toBe('Vladimir Poetin');
    expect(content).toMatch(/^President van Rusland/);
    // Other spellings are found through the search page's variants, not stored in the text an excerpt is cut from.
    expect(content).not.toMatch(/Poetin, Poetins|Putin, Putins/);
    expect(record('/begrippen/atacms/').content).not.toContain('MGM-140');
  });
});

describe('timeline events in search', () => {
  test('start with their date as the timeline words it, and can be filtered by year, month and day', () => {
    const event = record('/tijdlijn/#2023-05-30-droneaanval-moskou');
    expect(event.content).toMatch(/^30 mei 2023\. Droneaanval op Moskou\. /);
    // The article's words stand as a quote.
    expect(event.content).toContain(' ‘Moskou was dinsdag het doelwit van een grootscheepse droneaanval.’ ');
    expect(event.filters).toEqual({ kind: ['event'], date: ['2023', '2023-05', '2023-05-30'] });
    expect(record('/en/timeline/#2023-05-30-droneaanval-moskou').content).toMatch(/^30 May 2023\. /);
    // The article only implies this day ("woensdag"), and the page says so with ≈; so does search.
    expect(record('/tijdlijn/#2023-05-31-aanvallen-grensregios').content).toMatch(/^≈ 31 mei 2023\. /);
  });

  test('name the outside source of a context event', () => {
    const context = records.filter((one) => one.meta.kind === 'event' && one.language === 'nl' && one.content.includes('Bron: '));
    expect(context.length).toBeGreaterThan(0);
    expect(record('/tijdlijn/#2024-04-24-levering-atacms-300-km').content).toMatch(/Bron: .+\.$/);
  });
});

describe('records as Pagefind indexes them', () => {
  test('the article\'s words count most, an entry\'s name as a title, restatements least', () => {
    expect(record('/artikelen/drones-moskou-witte-huis/#moskou-was-dinsdag-het-doelwit-van').weight).toBe(searchWeights.passage);
    expect(record('/tijdlijn/#2023-05-30-droneaanval-moskou').weight).toBeLessThan(searchWeights.passage);
    const html = searchRecordHtml(record('/begrippen/poetin/'));
    expect(html).toContain(`<h1 data-pagefind-weight="${searchWeights.name}">Vladimir Poetin</h1>`);
    expect(html).toContain('<meta data-pagefind-meta="kind[content]" content="term">');
    expect(html).toContain('<html lang="nl">');
  });

  test('every value is escaped: content is text, never markup', () => {
    const html = searchRecordHtml({
      url: '/x/',
      heading: '<img src=x onerror=alert(1)>',
      content: 'A & B </p><script>alert(1)</script>',
      weight: 1,
      language: 'en',
      meta: { title: '"><script>', kind: 'term' },
      filters: { kind: ['term'], date: ['2023"><b>'] },
    });
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('A &amp; B &lt;/p&gt;&lt;script&gt;');
    expect(html).toContain('content="&quot;&gt;&lt;script&gt;"');
  });
});
