import { describe, expect, test } from 'vitest';
import { judgedUrl, mean, ndcgAt, reciprocalRank } from '../../../src/tooling/search-quality.ts';

const relevant = { '/begrippen/poetin/': 3, '/artikelen/a/#p1': 2, '/tijdlijn/#e1': 1 };

describe('search quality measures', () => {
  test('a result URL is judged without the highlight parameters the page adds', () => {
    expect(judgedUrl('/artikelen/a/?pagefind-highlight=poetin#p1')).toBe('/artikelen/a/#p1');
  });

  test('MRR counts the first result graded 2 or more', () => {
    expect(reciprocalRank(['/begrippen/poetin/'], relevant)).toBe(1);
    expect(reciprocalRank(['/tijdlijn/#e1', '/x/', '/artikelen/a/#p1'], relevant)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['/tijdlijn/#e1', '/x/'], relevant)).toBe(0);
  });

  test('nDCG@5 is 1 for the ideal order and less for any other', () => {
    expect(ndcgAt(5, ['/begrippen/poetin/', '/artikelen/a/#p1', '/tijdlijn/#e1'], relevant)).toBe(1);
    const swapped = ndcgAt(5, ['/artikelen/a/#p1', '/begrippen/poetin/', '/tijdlijn/#e1'], relevant);
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeGreaterThan(0.5);
    expect(ndcgAt(5, ['/x/', '/y/'], relevant)).toBe(0);
    // Results after the fifth do not count.
    expect(ndcgAt(5, ['/1/', '/2/', '/3/', '/4/', '/5/', '/begrippen/poetin/'], relevant)).toBe(0);
  });

  test('the mean of no queries is zero, not NaN', () => {
    expect(mean([])).toEqual({ n: 0, mrr: 0, ndcg5: 0 });
  });
});
