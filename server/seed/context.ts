import type { Territory, User } from '../../shared/schema';
import type { Random } from './random';
import type { Scale } from './scales';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** What every part of the generator reads: the scale, the clock it was given and the staff. */
export type GenerationContext = {
  scale: Scale;
  /** The instant the data set is "as of"; nothing reads the machine's clock. */
  nowMs: number;
  /** Every document's revision instant (the store sets its own on load anyway). */
  updatedAt: string;
  random: Random;
  users: readonly User[];
  territories: readonly Territory[];
};

const isoDayPrefixes = new Map<number, string>();
const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));
const threeDigits = (value: number) =>
  value < 10 ? `00${value}` : value < 100 ? `0${value}` : String(value);

/**
 * `new Date(ms).toISOString()`, several times faster: the large scale formats about half a
 * million instants, and the date part repeats, so it is formatted once per day.
 */
export function isoAt(ms: number): string {
  const whole = Math.floor(ms);
  const day = Math.floor(whole / DAY);
  let prefix = isoDayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    isoDayPrefixes.set(day, prefix);
  }
  const time = whole - day * DAY;
  const hours = twoDigits(Math.floor(time / HOUR));
  const minutes = twoDigits(Math.floor(time / 60_000) % 60);
  const seconds = twoDigits(Math.floor(time / 1000) % 60);
  return `${prefix}${hours}:${minutes}:${seconds}.${threeDigits(time % 1000)}Z`;
}

export function calendarDateAt(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function utcYear(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** Month 1 to 12, as performance documents number them. */
export function utcMonth(ms: number): number {
  return new Date(ms).getUTCMonth() + 1;
}

export function startOfUtcMonth(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1);
}

export function quarterOf(ms: number): number {
  return Math.floor(new Date(ms).getUTCMonth() / 3) + 1;
}

/** Splits `total` over `weights` in whole numbers that add up exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const base = minimum * weights.length;
  if (base > total) throw new Error(`Cannot give ${weights.length} shares ${minimum} of ${total}`);
  const sum = weights.reduce((acc, weight) => acc + weight, 0) || 1;
  const exact = weights.map((weight) => ((total - base) * weight) / sum);
  const shares = exact.map((value) => minimum + Math.floor(value));
  let left = total - shares.reduce((acc, share) => acc + share, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** A zero-padded sequence id: `sequenceId('deal', 7, 6)` is `deal-000007`. */
export function sequenceId(prefix: string, number: number, width: number): string {
  return `${prefix}-${String(number).padStart(width, '0')}`;
}

/** The item at `index`, for indexes the caller knows are in range (modulo a non-empty list). */
export function itemAt<Item>(items: readonly Item[], index: number): Item {
  const item = items[index];
  if (item === undefined) throw new Error(`No item at ${index} of ${items.length}`);
  return item;
}
