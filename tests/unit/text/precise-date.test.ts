import { describe, expect, test } from 'vitest';
import { comparePreciseDates, formatPreciseDate, parsePreciseDate, type PreciseDate } from '../../../src/text/precise-date.ts';

const parse = (iso: string): PreciseDate => {
  const date = parsePreciseDate(iso);
  if (!date) throw new Error(`did not parse ${iso}`);
  return date;
};

describe('parsePreciseDate', () => {
  test.each([
    ['2023', 'year', '2023-01-01'],
    ['2023-05', 'month', '2023-05-01'],
    ['2023-05-30', 'day', '2023-05-30'],
    ['2023-W22', 'week', '2023-05-29'],
    ['2026-W01', 'week', '2025-12-29'],
  ])('%s is a date of %s precision starting %s', (iso, precision, start) => {
    const date = parse(iso);
    expect(date.precision).toBe(precision);
    expect(date.start.toISOString().slice(0, 10)).toBe(start);
  });

  test.each(['2023-13', '2023-02-30', '2023-00', '23-05', '2023/05', 'mei 2023', '2023-W00', '2023-W53', '', '2023-05-30T10:00'])(
    '%j is refused',
    (iso) => expect(parsePreciseDate(iso)).toBeUndefined(),
  );

  test('a year with 53 ISO weeks accepts week 53', () => {
    expect(parse('2020-W53').start.toISOString().slice(0, 10)).toBe('2020-12-28');
  });
});

describe('formatPreciseDate', () => {
  test.each([
    ['2023-05', 'nl-NL', 'mei 2023'],
    ['2023-05', 'en-GB', 'May 2023'],
    ['2023-05-30', 'nl-NL', '30 mei 2023'],
    ['2023-05-30', 'en-GB', '30 May 2023'],
    ['2022', 'nl-NL', '2022'],
    ['2023-W21', 'nl-NL', '22 mei 2023'],
  ])('%s in %s reads "%s", never more precise than stored', (iso, locale, expected) => {
    expect(formatPreciseDate(parse(iso), locale)).toBe(expected);
  });
});

describe('formatPreciseDate with weekday', () => {
  test.each([
    ['2023-05-30', 'nl-NL', 'di 30 mei 2023'],
    ['2023-05-30', 'en-GB', 'Tue, 30 May 2023'],
    ['2023-05', 'nl-NL', 'mei 2023'],
  ])('%s in %s reads "%s": a weekday only for a day', (iso, locale, expected) => {
    expect(formatPreciseDate(parse(iso), locale, { weekday: true })).toBe(expected);
  });
});

describe('comparePreciseDates', () => {
  test('orders by first day, the less precise date first', () => {
    const dates = ['2023-05-30', '2023-05', '2022-02-24', '2023-W21', '2023'].map(parse);
    expect(dates.sort(comparePreciseDates).map((date) => date.iso)).toEqual(['2022-02-24', '2023', '2023-05', '2023-W21', '2023-05-30']);
  });
});
