import { describe, expect, test } from 'vitest';
import { dateFilterValues, dateInQuery } from '../../../src/text/query-date.ts';
import { parsePreciseDate } from '../../../src/text/precise-date.ts';

describe('dateInQuery', () => {
  test.each([
    ['30 mei 2023', '2023-05-30', ''],
    ['30 May 2023', '2023-05-30', ''],
    ['May 30, 2023', '2023-05-30', ''],
    ['droneaanval 30 mei 2023', '2023-05-30', 'droneaanval'],
    ['oktober 2023', '2023-10', ''],
    ['okt. 2023 Atacms', '2023-10', 'atacms'],
    ['sep 2023', '2023-09', ''],
    ['31 juni 2023', '2023-06', '31'],
    ['2024-04-24', '2024-04-24', ''],
  ])('%s is %s, with "%s" left to search', (query, iso, rest) => {
    expect(dateInQuery(query)).toMatchObject({ date: { iso }, rest });
  });

  test('finds nothing in a query without a date that has its year', () => {
    expect(dateInQuery('Poetin')).toBeUndefined();
    expect(dateInQuery('3 mei')).toBeUndefined();
    expect(dateInQuery('mei')).toBeUndefined();
    expect(dateInQuery('300 kilometer 2023')).toBeUndefined();
  });
});

describe('dateFilterValues', () => {
  test('a date is found by its year, its month and, for a day, the day', () => {
    const values = (iso: string) => dateFilterValues(parsePreciseDate(iso)!);
    expect(values('2023-05-30')).toEqual(['2023', '2023-05', '2023-05-30']);
    expect(values('2023-05')).toEqual(['2023', '2023-05']);
    expect(values('2023-W21')).toEqual(['2023', '2023-05']);
    expect(values('2022')).toEqual(['2022']);
  });
});
