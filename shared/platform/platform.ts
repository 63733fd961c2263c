/**
 * What the renderer may ask of its host. One implementation per shell (Electron, web), chosen
 * at build time; features import `renderer/platform`, never an implementation.
 */
export type Platform = {
  kind: 'electron' | 'web';
  /** Where the central PRM store answers; in Electron it may be the embedded one main started. */
  storeConnection(): Promise<StoreConnection>;
  appInfo(): Promise<AppInfo>;
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
