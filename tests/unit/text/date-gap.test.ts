import { describe, expect, test } from 'vitest';
import { dateGap, periodOf, timeSteps } from '../../../src/text/date-gap.ts';
import { parsePreciseDate, type PreciseDate } from '../../../src/text/precise-date.ts';

const parse = (iso: string): PreciseDate => {
  const date = parsePreciseDate(iso);
  if (!date) throw new Error(`did not parse ${iso}`);
  return date;
};
const gap = (from: string, to: string) => dateGap(parse(from), parse(to));

describe('dateGap', () => {
  test.each([
    // Days: whole months elapsed.
    ['2022-02-24', '2023-05-03', { unit: 'month', count: 14 }],
    ['2023-05-31', '2023-10-17', { unit: 'month', count: 4 }],
    ['2023-10-17', '2024-04-24', { unit: 'month', count: 6 }],
    ['2023-05-10', '2023-06-10', { unit: 'month', count: 1 }],
    ['2021-01-15', '2023-03-20', { unit: 'year', count: 2 }],
    // Months: calendar months apart, as one says of two months.
    ['2022-02', '2023-05', { unit: 'month', count: 15 }],
    ['2022-02', '2023-05-30', { unit: 'month', count: 15 }],
    ['2023-05', '2023-07', { unit: 'month', count: 2 }],
    // Years: calendar years apart.
    ['2020', '2023-05-30', { unit: 'year', count: 3 }],
    ['2021', '2023', { unit: 'year', count: 2 }],
  ] as const)('%s to %s is %j', (from, to, expected) => {
    expect(gap(from, to)).toEqual(expected);
  });

  test.each([
    ['2023-05-30', '2023-06-29', 'less than a whole month'],
    ['2023-05', '2023-06', 'next month: perhaps a day later'],
    ['2022', '2023-12-31', 'next year: perhaps a day later'],
    ['2023-05-30', '2023-05-30', 'the same day'],
    ['2023-06-01', '2023-05-29', 'earlier: a reaction listed after its cause'],
  ])('%s to %s: no gap (%s)', (from, to) => {
    expect(gap(from, to)).toBeUndefined();
  });

  test('a week counts from its last day, so its seven days never add to the gap', () => {
    // Week 21 of 2023 runs from Monday 22 to Sunday 28 May.
    expect(gap('2023-W21', '2023-06-27')).toBeUndefined();
    expect(gap('2023-W21', '2023-06-28')).toEqual({ unit: 'month', count: 1 });
    expect(gap('2023-05-10', '2023-W24')).toEqual({ unit: 'month', count: 1 });
  });
});

describe('periodOf', () => {
  test.each([
    ['2023-05-30', '2023-05'],
    ['2023-05', '2023-05'],
    ['2023-W22', '2023-05'],
    ['2026-W01', '2025-12'],
    ['2023', '2023'],
  ])('%s is listed under %s', (iso, period) => {
    expect(periodOf(parse(iso)).iso).toBe(period);
  });
});

describe('timeSteps', () => {
  const steps = (isos: string[]) => timeSteps(isos, parse).map(({ item, period, gap }) => [item, period.iso, gap ? `${gap.count} ${gap.unit}` : '']);

  test('groups by month, with the gap from the latest date before', () => {
    expect(steps(['2022-02-24', '2023', '2023-05', '2023-05-03', '2023-05-31', '2023-10-17'])).toEqual([
      ['2022-02-24', '2022-02', ''],
      ['2023', '2023', ''],
      ['2023-05', '2023-05', ''],
      ['2023-05-03', '2023-05', ''],
      ['2023-05-31', '2023-05', ''],
      ['2023-10-17', '2023-10', '4 month'],
    ]);
  });

  test('a reaction listed after a later cause stays in its group, and the next gap counts from the cause', () => {
    expect(steps(['2023-05-02', '2023-06-01', '2023-W22', '2023-07-20'])).toEqual([
      ['2023-05-02', '2023-05', ''],
      ['2023-06-01', '2023-06', ''],
      ['2023-W22', '2023-06', ''],
      ['2023-07-20', '2023-07', '1 month'],
    ]);
  });
});
