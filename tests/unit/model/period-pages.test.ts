import { describe, expect, test } from 'vitest';
import { pageOfItems, periodPages } from '../../../src/model/period-pages.ts';
import { parsePreciseDate, type PreciseDate } from '../../../src/text/precise-date.ts';

const dated = (iso: string): PreciseDate => {
  const date = parsePreciseDate(iso);
  if (!date) throw new Error(iso);
  return date;
};
const pages = (isos: string[], perPage: number) => periodPages(isos, dated, perPage);
const summary = (list: ReturnType<typeof pages>) => list.map(({ period, items, parts, count }) => ({ period, items, parts: parts.map((part) => `${part.period}:${part.count}`), count }));

describe('periodPages', () => {
  test('a list that fits is one page, in the order given', () => {
    expect(summary(pages(['2023-05-30', '2022', '2023-W21'], 3))).toEqual([{ period: '', items: ['2023-05-30', '2022', '2023-W21'], parts: [], count: 3 }]);
  });

  test('a long list becomes years; a long year becomes months; each page holds its period only', () => {
    const list = pages(['2022-02-24', '2023', '2023-05', '2023-05-30', '2023-W22', '2023-10-17', '2024-04-24'], 2);
    expect(summary(list)).toEqual([
      { period: '', items: [], parts: ['2022:1', '2023:5', '2024:1'], count: 7 },
      { period: '2022', items: ['2022-02-24'], parts: [], count: 1 },
      // Known to the year only, "2023" stays on the year's page; a week counts in its Monday's month.
      { period: '2023', items: ['2023'], parts: ['2023/05:3', '2023/10:1'], count: 5 },
      { period: '2023/05', items: ['2023-05', '2023-W22'], parts: ['2023/05/30:1'], count: 3 },
      { period: '2023/05/30', items: ['2023-05-30'], parts: [], count: 1 },
      { period: '2023/10', items: ['2023-10-17'], parts: [], count: 1 },
      { period: '2024', items: ['2024-04-24'], parts: [], count: 1 },
    ]);
    expect(list[3]?.date?.iso).toBe('2023-05');
  });

  test('a day holding more than a page is still one page: days are not split', () => {
    const list = pages(['2023-05-30', '2023-05-30', '2023-05-30'], 1);
    expect(list.map((page) => page.period)).toEqual(['', '2023', '2023/05', '2023/05/30']);
    expect(list.at(-1)?.items).toHaveLength(3);
  });

  test('a newest-first list keeps its parts newest first', () => {
    expect(pages(['2024-01-02', '2023-06-01', '2022-03-04'], 1)[0]?.parts.map((part) => part.period)).toEqual(['2024', '2023', '2022']);
  });

  test('every item is shown in full on exactly one page, which pageOfItems names', () => {
    const isos = Array.from({ length: 300 }, (_, day) => new Date(Date.UTC(2023, 0, 1) + day * 3 * 86_400_000).toISOString().slice(0, 10));
    const list = pages(isos, 40);
    expect(list.flatMap((page) => page.items).sort()).toEqual([...isos].sort());
    expect(Math.max(...list.map((page) => page.items.length))).toBeLessThanOrEqual(40);
    const where = pageOfItems(list, (iso) => iso);
    expect(where.get('2023-01-01')).toBe('2023/01');
    expect(where.get(isos.at(-1) as string)).toBe(`${isos.at(-1)?.slice(0, 7).replace('-', '/')}`);
  });
});
