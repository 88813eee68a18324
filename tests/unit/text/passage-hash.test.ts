import { describe, expect, test } from 'vitest';
import { passageHash } from '../../../src/text/passage-hash.ts';

describe('passageHash', () => {
  test('twelve hex digits, the same for the same text', () => {
    expect(passageHash('Russische reactie')).toMatch(/^[0-9a-f]{12}$/);
    expect(passageHash('Russische reactie')).toBe(passageHash('Russische reactie'));
  });

  test('re-wrapping or a different Unicode composition is no change', () => {
    expect(passageHash('Oekraïne heeft het\n  legitieme recht ')).toBe(passageHash('Oekraïne heeft het legitieme recht'));
    expect(passageHash('Oekrai\u0308ne')).toBe(passageHash('Oekra\u00efne'));
  });

  test('a changed word, or punctuation, is a change', () => {
    expect(passageHash('Ook speculeerden ze')).not.toBe(passageHash('Ook vermoedden ze'));
    expect(passageHash('Als dat zo is, hoever?')).not.toBe(passageHash('Als dat zo is, hoever.'));
  });
});
