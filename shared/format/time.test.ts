import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './time';

const now = new Date('2026-11-24T12:00:00.000Z');

describe('formatRelativeTime', () => {
  it.each([
    ['2026-11-24T11:59:50.000Z', 'en', 'now'],
    ['2026-11-24T11:55:00.000Z', 'en', '5 minutes ago'],
    ['2026-11-24T09:00:00.000Z', 'en', '3 hours ago'],
    ['2026-11-23T12:00:00.000Z', 'en', 'yesterday'],
    ['2026-11-24T11:55:00.000Z', 'es', 'hace 5 minutos'],
    ['2026-11-10T12:00:00.000Z', 'es', 'hace 2 semanas'],
  ])('shows %s in %s as "%s"', (instant, locale, expected) => {
    expect(formatRelativeTime(instant, now, locale)).toBe(expected);
  });
});
