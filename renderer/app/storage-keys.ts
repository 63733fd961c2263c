/**
 * Every key this app keeps in localStorage, in one place. Kept there, not in the database,
 * because they are read before a database is chosen (which store, which user) or must outlive
 * its wipe (the notice of what a wipe discarded).
 */
export const storageKeys = {
  /** This installation's id, recorded on each decision. */
  deviceId: 'cam-desk.deviceId',
  /** The store id last answered by the store at a URL (docs/sync-protocol.md, /health). */
  storeIdAt: (storeUrl: string) => `cam-desk.storeId.${storeUrl}`,
  /** The last user who opened a workspace on a store, so it reopens offline. */
  lastSession: (storeId: string) => `cam-desk.session.${storeId}`,
  /** When a local database last caught up with the store (ISO). */
  lastSyncedAt: (databaseName: string) => `cam-desk.lastSyncedAt.${databaseName}`,
  /** When the connection to the store was last lost (ISO); removed once it is back. */
  offlineSince: (databaseName: string) => `cam-desk.offlineSince.${databaseName}`,
  /** What the sign-in screen must tell once: why the local data was wiped. */
  notice: 'cam-desk.notice',
} as const;
