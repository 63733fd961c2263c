import { describe, expect, it } from 'vitest';
import { apportion, isoAt } from './context';

describe('apportion', () => {
  it.each([
    [10, [1, 1, 1], 0],
    [2_000, [5, 1, 0.5, 0.25], 1],
    [7, [0, 0, 1], 0],
  ])('splits %i over %j exactly, at least %i each', (total, weights, minimum) => {
    const shares = apportion(total, weights, minimum);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(total);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(minimum);
  });
});

describe('isoAt', () => {
  it.each([0, 1_764_000_000_000, 1_764_028_799_999, -86_400_001, 253_402_300_799_999])(
    'formats %i exactly as Date#toISOString',
    (ms) => {
      expect(isoAt(ms)).toBe(new Date(ms).toISOString());
    },
  );
});
