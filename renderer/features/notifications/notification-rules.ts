import { waitsFor, type Decider, type InboxEntry } from '../approvals/inbox/inbox-entry';

/** How soon before its SLA runs out a request waiting for me is worth a notification. */
export const DUE_SOON_MS = 4 * 3_600_000;

/**
 * One notification per request per event: a request arriving for me at a step and round, or
 * a step's SLA about to run out. A later step, a resubmission or a new deadline is a new event.
 */
export const arrivalKey = (entry: InboxEntry) =>
  `${entry.id}:arrived:${entry.currentStep}:${entry.roundStartedAt}`;
export const dueSoonKey = (entry: InboxEntry) =>
  `${entry.id}:due:${entry.currentStep}:${entry.dueAt}`;

export type RequestChange = { entry: InboxEntry; previous: InboxEntry | undefined };

/**
 * The requests that have just started to wait for me (the default, assigned-to-me inbox): new
 * ones, and ones that reached my step, were resubmitted to it or were reassigned to me. A change
 * to a request that already waited for me (a comment, a new deadline) is no arrival.
 */
export function arrivals(
  changes: readonly RequestChange[],
  me: Decider,
  notified: ReadonlySet<string>,
): InboxEntry[] {
  const arrived = new Map<string, InboxEntry>();
  for (const { entry, previous } of changes) {
    if (!waitsFor(entry, me, 'mine')) continue;
    if (previous && waitsFor(previous, me, 'mine') && arrivalKey(previous) === arrivalKey(entry))
      continue;
    if (notified.has(arrivalKey(entry))) continue;
    arrived.set(entry.id, entry);
  }
  return [...arrived.values()];
}

/** The requests waiting for me whose SLA runs out within `windowMs` and not yet past it. */
export function dueSoon(
  entries: readonly InboxEntry[],
  me: Decider,
  now: number,
  notified: ReadonlySet<string>,
  windowMs = DUE_SOON_MS,
): InboxEntry[] {
  return entries.filter(
    (entry) =>
      waitsFor(entry, me, 'mine') &&
      entry.dueAtMs > now &&
      entry.dueAtMs - now <= windowMs &&
      !notified.has(dueSoonKey(entry)),
  );
}

/** Keys remembered per user: enough for any day's notifications, bounded for storage. */
export const REMEMBERED_KEYS = 2000;

/** The remembered keys with the new ones, the oldest forgotten past the bound. */
export function remember(known: readonly string[], added: readonly string[]): string[] {
  const all = [...known.filter((key) => !added.includes(key)), ...added];
  return all.slice(Math.max(0, all.length - REMEMBERED_KEYS));
}
