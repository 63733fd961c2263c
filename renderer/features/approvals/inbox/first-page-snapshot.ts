import type { Decision } from '../../../../shared/schema';
import type { CamDatabase } from '../../../db/database';
import { idleLocalWriter } from '../../../db/idle-local-write';
import type { Decider, InboxEntry, InboxScope } from './inbox-entry';

/**
 * The inbox's first rows as they were last shown, kept in the local database (a local
 * document: it lives and dies with the data, wiped with it at sign-out or revocation). A
 * reload paints them from one read, before the queries that read the first page again (and
 * then the whole list) answer and take over; they are the same rows unless the data changed
 * after they were kept.
 */
export type FirstPageSnapshot = {
  /** Bumped whenever InboxEntry changes shape: a snapshot of another shape is not used. */
  shape: typeof SNAPSHOT_SHAPE;
  me: Decider;
  entries: InboxEntry[];
  /** My decisions on those entries (waiting for the store or refused). */
  decisions: Decision[];
};

export const SNAPSHOT_SHAPE = 1;

const snapshotId = (scope: InboxScope) => `inbox-first-page-${scope}`;

/** The kept first page of this scope for this user, if there is one of the current shape. */
export async function readFirstPage(
  database: CamDatabase,
  scope: InboxScope,
  userId: string,
): Promise<FirstPageSnapshot | null> {
  const document = await database.getLocal<FirstPageSnapshot>(snapshotId(scope));
  const snapshot = document?.toJSON().data;
  if (snapshot?.shape !== SNAPSHOT_SHAPE || snapshot.me.id !== userId) return null;
  // RxDB hands its data back read-only; these copies are the inbox's own.
  const { me, entries, decisions } = snapshot;
  return {
    shape: SNAPSHOT_SHAPE,
    me: { ...me, territoryIds: [...me.territoryIds] },
    entries: [...entries],
    decisions: [...decisions],
  };
}

/**
 * Keeps the first page whenever its rows or their decisions change, written while the browser
 * is idle (a write a change, never one a render). Returns the function to call with each page.
 */
export function firstPageKeeper(database: CamDatabase, scope: InboxScope) {
  const write = idleLocalWriter(database, snapshotId(scope));
  let kept: { entries: readonly InboxEntry[]; decisions: readonly Decision[] } = {
    entries: [],
    decisions: [],
  };
  return (me: Decider, entries: readonly InboxEntry[], decisions: readonly Decision[]) => {
    // Entries and decisions are the same objects until their documents change (useInbox).
    if (sameItems(kept.entries, entries) && sameItems(kept.decisions, decisions)) return;
    kept = { entries, decisions };
    const next: FirstPageSnapshot = {
      shape: SNAPSHOT_SHAPE,
      me,
      entries: [...entries],
      decisions: [...decisions],
    };
    write(next);
  };
}

function sameItems<Item>(before: readonly Item[], after: readonly Item[]): boolean {
  return before.length === after.length && before.every((item, index) => item === after[index]);
}
