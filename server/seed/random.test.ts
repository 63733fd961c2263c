import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and forks streams that do not depend on each other', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));

    const plain = seededRandom(7).fork('deals');
    const afterOtherDraws = seededRandom(7);
    afterOtherDraws.next();
    expect(afterOtherDraws.fork('deals').next()).toBe(plain.next());
    expect(seededRandom(7).fork('contacts').next()).not.toBe(seededRandom(7).fork('deals').next());
  });

  it('draws skewed sizes: lognormal around its median, pareto above its minimum', () => {
    const random = seededRandom(1);
    const lognormal = Array.from({ length: 5_000 }, () => random.lognormal(100, 1)).sort(
      (a, b) => a - b,
    );
    expect(lognormal[2_500]).toBeGreaterThan(90);
    expect(lognormal[2_500]).toBeLessThan(110);
    const pareto = Array.from({ length: 5_000 }, () => random.pareto(1, 1.16));
    expect(Math.min(...pareto)).toBeGreaterThanOrEqual(1);
    const sorted = [...pareto].sort((a, b) => b - a);
    const total = sorted.reduce((sum, value) => sum + value, 0);
    const topFifth = sorted.slice(0, 1_000).reduce((sum, value) => sum + value, 0);
    expect(topFifth / total).toBeGreaterThan(0.6);
  });

  it('shuffles into a permutation of the same items', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const shuffled = seededRandom(3).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});
