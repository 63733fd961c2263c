/**
 * Every key this app keeps in localStorage, in one place. Kept there, not in the database,
 * because they are read before a database is chosen (which store, which user) or must outlive
 * its wipe (the notice of what a wipe discarded).
 */
export const storageKeys = {
  /** The language the user chose; read before any database opens. */
  language: 'cam-desk.language',
  /** The browser build's session for a store, across closing the tab (docs/auth.md). */
  tokens: (storeUrl: string) => `cam-desk.tokens.${storeUrl}`,
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
  /** Local databases a wipe has begun on (JSON list): finished at the next start if cut off. */
  pendingWipes: 'cam-desk.pendingWipes',
  /** What the sign-in screen must tell once: why the local data was wiped. */
  notice: 'cam-desk.notice',
  /** The currency a user reads the dashboard's totals in, on this device (ISO 4217). */
  reportingCurrency: (userId: string) => `cam-desk.reportingCurrency.${userId}`,
  /** 'light' or 'dark' when the user chose one; absent, the system's preference holds. */
  theme: 'cam-desk.theme',
  /** The page a user last opened (dashboard, approvals ...): the app reopens on it. */
  lastPage: (userId: string) => `cam-desk.lastPage.${userId}`,
  /** A user's saved views of one table (renderer/ui/table-view.ts): theirs, on this device. */
  tableViews: (userId: string, tableId: string) => `cam-desk.views.${userId}.${tableId}`,
  /** Whether a user turned desktop notifications on, on this device ('on' or 'off'). */
  notificationsEnabled: (userId: string) => `cam-desk.notifications.${userId}`,
  /** Which notifications a user was shown (one per request per event), across reloads. */
  notificationsShown: (userId: string) => `cam-desk.notificationsShown.${userId}`,
  /** When the browser was asked for notification permission: it is asked once, never again. */
  notificationPermissionAsked: 'cam-desk.notificationPermissionAsked',
} as const;

/** The keys kept in sessionStorage: what must come back to this tab only. */
export const sessionStorageKeys = {
  /** The browser sign-in under way in this tab, until the issuer redirects back. */
  pendingSignIn: 'cam-desk.sign-in',
} as const;
