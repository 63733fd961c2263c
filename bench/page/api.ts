/**
 * What the benchmark page (./main.ts) offers the harness, which calls it through Playwright.
 * Shared by both sides; every value crosses as JSON.
 */

/** How the page reaches the central store as the benchmark user. */
export type StoreAccess = { storeUrl: string; token: string; userId: string };

export type Counts = Record<string, number>;

/** A request the benchmark decides offline: an open one waiting for the user's role. */
export type QueuedRequest = { id: string; territoryId: string; stepIndex: number };

export type FloorResult = {
  /** Raw Dexie bulkPut of every document, one table per collection. */
  ms: number;
  documents: number;
  megabytes: number;
  /** Fetching the documents from the store beforehand (not part of the floor). */
  fetchMs: number;
};

export type SyncResult = {
  ms: number;
  /** Opening the RxDB database before the sync started (not part of `ms`). */
  openMs: number;
  counts: Counts;
  problems: string[];
};

/** A first sync cut off (network lost, app closed) once `interruptAt` documents were written. */
export type InterruptedSyncResult = {
  /** From the start until the last page written before the cut. */
  beforeMs: number;
  /** From reopening the database and starting the engine again until it was in sync. */
  resumedMs: number;
  /** Documents the first sync wrote before the cut, and after the resume. */
  writtenBefore: number;
  writtenAfter: number;
  /** Pull requests answered before the cut, and after the resume. */
  pullsBefore: number;
  pullsAfter: number;
  counts: Counts;
  problems: string[];
};

/** Milliseconds since the page's navigation started. */
export type ReopenResult = {
  scriptMs: number;
  openedMs: number;
  firstDataMs: number;
  allQueryableMs: number;
  partners: number;
  counts: Counts;
};

export type ReconnectResult = {
  ms: number;
  /** Until the first push was sent, and until the last push was answered. */
  firstPushMs: number;
  pushedMs: number;
  /** Requests the engine made to the store meanwhile (pulls and pushes). */
  requests: number;
  outcomes: Counts;
  problems: string[];
};

/** Ways of filling an empty database with the same documents (page/breakdown.ts). */
export const breakdownVariants = [
  'layout-minimum',
  'layout-floor',
  'bulk-insert',
  'replication',
  'snapshot',
] as const;
export type BreakdownVariant = (typeof breakdownVariants)[number];

export type PeerSyncResult = { ms: number; documents: number };

export type BenchCalls = {
  floor: { input: StoreAccess; output: FloorResult };
  firstSync: { input: StoreAccess & { dbName: string }; output: SyncResult };
  interruptedFirstSync: {
    input: StoreAccess & { dbName: string; interruptAt: number };
    output: InterruptedSyncResult;
  };
  /** Creates the named database with every collection and no documents. */
  createEmpty: { input: { dbName: string }; output: null };
  /** The reopen this page load started (see REOPEN_PARAM). */
  reopenResult: { input: null; output: ReopenResult };
  reconnect: {
    input: StoreAccess & { dbName: string; requests: QueuedRequest[] };
    output: ReconnectResult;
  };
  peerSync: {
    input: { peerUrl: string; databases: string[]; batchSize: number };
    output: PeerSyncResult;
  };
  removeDatabase: { input: { dbName: string }; output: null };
  breakdown: {
    input: StoreAccess & { dbName: string; variant: BreakdownVariant; batchSize: number };
    output: { ms: number };
  };
};

export type BenchApi = {
  [Call in keyof BenchCalls]: (
    input: BenchCalls[Call]['input'],
  ) => Promise<BenchCalls[Call]['output']>;
};

/** The page load opens this database at once, timing from navigation start. */
export const REOPEN_PARAM = 'reopen';

/** The global the page sets: `window.camBench`. */
export type BenchWindow = { camBench?: BenchApi };
