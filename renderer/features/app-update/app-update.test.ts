import { describe, expect, it } from 'vitest';
import { updateOffer } from './app-update';

describe('updateOffer', () => {
  it.each([
    { waiting: false, pendingChanges: 0, offer: 'none' },
    { waiting: false, pendingChanges: 3, offer: 'none' },
    { waiting: true, pendingChanges: 1, offer: 'held' },
    { waiting: true, pendingChanges: 12, offer: 'held' },
    { waiting: true, pendingChanges: 0, offer: 'ready' },
  ] as const)(
    'a build waiting: $waiting, $pendingChanges unsent → $offer',
    ({ waiting, pendingChanges, offer }) => {
      expect(updateOffer(waiting, pendingChanges)).toBe(offer);
    },
  );
});
