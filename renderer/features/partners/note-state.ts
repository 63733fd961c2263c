import type { Activity } from '../../../shared/schema';

/** Where a CAM's own note stands: in the outbox, kept by the store, or refused and why. */
export type NoteState =
  { state: 'waiting' } | { state: 'saved' } | { state: 'refused'; reason: string };

/** The state of a note `userId` wrote; null for anything else (the store's own activities). */
export function noteState(activity: Activity, userId: string): NoteState | null {
  if (activity.kind !== 'note' || activity.actorId !== userId) return null;
  if (activity.outcome === null) return { state: 'waiting' };
  if (activity.outcome.status === 'accepted') return { state: 'saved' };
  return { state: 'refused', reason: activity.outcome.reason ?? '' };
}
