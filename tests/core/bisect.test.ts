import { describe, expect, it } from 'vitest';
import { firstIndexWhere } from '../../src-renderer/core/bisect';

describe('firstIndexWhere', () => {
  it('finds the first index where a false-then-true predicate holds, as a scan does', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 500; round++) {
      const sorted = Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 20)).sort((a, b) => a - b);
      const x = Math.floor(random() * 24) - 2;
      const scan = sorted.findIndex((v) => v >= x);
      expect(firstIndexWhere(sorted.length, (i) => sorted[i]! >= x)).toBe(scan === -1 ? sorted.length : scan);
    }
  });

  it('returns 0 for an empty range and the length when the predicate never holds', () => {
    expect(firstIndexWhere(0, () => true)).toBe(0);
    expect(firstIndexWhere(5, () => false)).toBe(5);
    expect(firstIndexWhere(5, () => true)).toBe(0);
  });
});
