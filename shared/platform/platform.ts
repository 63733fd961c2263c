/**
 * What the renderer may ask of its host. One implementation per shell (Electron, web), chosen
 * at build time; features import `renderer/platform`, never an implementation.
 */
export type Platform = {
  kind: 'electron' | 'web';
  /** Where the central PRM store answers; in Electron it may be the embedded one main started. */
  storeConnection(): Promise<StoreConnection>;
  appInfo(): Promise<AppInfo>;
  auth: PlatformAuth;
  /**
   * Saves a file the user asked for (an export): the desktop shows the native save dialog, the
   * browser downloads it. `saved` is false when the user cancelled the dialog.
   */
  saveFile(file: SaveFileRequest): Promise<{ saved: boolean }>;
  /**
   * Prints a report page (self-contained HTML) to PDF: the desktop prints it with Chromium and
   * saves it through the native save dialog; the browser opens its print dialog, where the user
   * saves it as PDF. `saved` is false when the user cancelled.
   */
  savePdf(report: SavePdfRequest): Promise<{ saved: boolean }>;
  /** Shows a desktop notification; false when the host cannot or the user did not allow it. */
  notify(notification: DesktopNotification): Promise<boolean>;
  /**
   * Whether desktop notifications may be shown, asking the user where the host needs their
   * permission (a browser asks once; a refusal is kept and never asked again).
   */
  allowNotifications(): Promise<boolean>;
};

export type SaveFileRequest = {
  /** A file name without folders, such as `audit-request-000123.csv`. */
  suggestedName: string;
  /** Its media type, such as `text/csv`. */
  mediaType: string;
  bytes: Uint8Array;
};

export type SavePdfRequest = {
  /** A file name without folders, ending in `.pdf`. */
  suggestedName: string;
  /** The whole page, with its styles inline: nothing is fetched when it is printed. */
  html: string;
  /** Chromium's page header and footer markup (page numbers through its `pageNumber` class). */
  headerTemplate: string;
  footerTemplate: string;
};

export type DesktopNotification = { title: string; body: string };

/**
 * OpenID Connect sign-in to the central store (docs/auth.md). The web shell redirects the page;
 * the desktop shell runs the flow in the main process through the system browser (RFC 8252) and
 * keeps the refresh token in the OS keychain, never in the renderer.
 */
export type PlatformAuth = {
  /** Starts signing in. In a browser the page navigates away and comes back signed in. */
  signIn(storeUrl: string): Promise<void>;
  /** Finishes a sign-in that just came back, or picks up a kept session: is someone signed in? */
  resume(storeUrl: string): Promise<boolean>;
  /** A current access token, refreshed when needed; null when the session is over or unknown. */
  accessToken(): Promise<string | null>;
  /** Revokes the session at the issuer (best effort) and forgets every token. */
  signOut(): Promise<void>;
};

export type StoreConnection = {
  /** Base URL of the central store, without a trailing slash. */
  storeUrl: string;
  /** True when this device runs the store itself (first run, demo data). */
  embedded: boolean;
};

export type AppInfo = {
  version: string;
  /** BCP 47 tag of the operating system's language, for the first choice of UI language. */
  locale: string;
};
