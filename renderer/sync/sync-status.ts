import type { StreamConnection } from './change-stream';

/** What the sync indicator shows. */
export type SyncStatus = {
  connection: StreamConnection;
  /** Since when the store has been out of reach (ISO), while it is; null when connected. */
  offlineSince: string | null;
  /** No sign-in session is kept: syncing needs the CAM to sign in again (local work is kept). */
  needsSignIn: boolean;
  /** When the local database last caught up with the central store (ISO), if ever. */
  lastSyncedAt: string | null;
  /** Local changes the central store has not acknowledged yet. */
  pendingChanges: number;
  /** The last sync failure a person should know about, cleared by the next success. */
  problem: string | null;
  /** The store no longer speaks this app's protocol: syncing stopped until the app is updated. */
  updateRequired: boolean;
  /** Documents a first sync has written so far; null when no first sync is under way. */
  downloaded: number | null;
};

export const initialSyncStatus: SyncStatus = {
  connection: 'connecting',
  lastSyncedAt: null,
  offlineSince: null,
  needsSignIn: false,
  pendingChanges: 0,
  problem: null,
  updateRequired: false,
  downloaded: null,
};
