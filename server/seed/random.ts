/** A small seeded PRNG (mulberry32): the same seed yields the same data on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function normal(): number {
    // Box-Muller; 1 - next() keeps the logarithm's argument above zero.
    return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  }
  return {
    next,
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    /** A float in [min, max). */
    between(min: number, max: number): number {
      return min + next() * (max - min);
    },
    chance(probability: number): boolean {
      return next() < probability;
    },
    pick<Item>(items: readonly Item[]): Item {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    /** Picks by weight: `weighted([['gold', 1], ['silver', 3]])`. */
    weighted<Item>(choices: ReadonlyArray<readonly [Item, number]>): Item {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of choices) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = choices.at(-1);
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    /** A shuffled copy (Fisher-Yates). */
    shuffle<Item>(items: readonly Item[]): Item[] {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        const held = copy[index] as Item;
        copy[index] = copy[other] as Item;
        copy[other] = held;
      }
      return copy;
    },
    normal,
    /** Skewed positive values (deal sizes, quantities): half fall below `median`. */
    lognormal(median: number, sigma: number): number {
      return median * Math.exp(sigma * normal());
    },
    /** Heavy-tailed sizes (partner revenue): alpha near 1.16 gives the 80/20 rule. */
    pareto(minimum: number, alpha: number): number {
      return minimum / Math.pow(1 - next(), 1 / alpha);
    },
    /**
     * An independent stream for one part of the data set, so that changing how many activities
     * are drawn, say, leaves the deals as they were.
     */
    fork(label: string): Random {
      return seededRandom(deriveSeed(seed, label));
    },
  };
}

export type Random = {
  next(): number;
  int(min: number, max: number): number;
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<Item>(items: readonly Item[]): Item;
  weighted<Item>(choices: ReadonlyArray<readonly [Item, number]>): Item;
  shuffle<Item>(items: readonly Item[]): Item[];
  normal(): number;
  lognormal(median: number, sigma: number): number;
  pareto(minimum: number, alpha: number): number;
  fork(label: string): Random;
};

/** FNV-1a over the label, mixed with the seed: a stable 32-bit seed per (seed, label). */
export function deriveSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
