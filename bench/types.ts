import type { BrowserSession } from './browser/browser-session';
import type { BenchOptions } from './options';
import type { CouchPeer } from './peer/couch-peer';
import type { BenchStore } from './store/bench-store';
import type { ScaleName } from '../server/seed/scales';

/** A figure a measurement compares its value against, measured in the same run. */
export type Baseline = { name: string; value: number; unit: string };

/** A goal for a figure on the benchmark machine, and whether this run reached it. */
export type Target = { text: string; met: boolean };

/** One measured number. Every figure names its scale and, where there is one, its baseline. */
export type Figure = {
  name: string;
  /** What the number was measured on, e.g. "large: 158,672 docs, 1 territory". */
  scale: string;
  value: number;
  unit: string;
  baseline?: Baseline;
  target?: Target;
  note?: string;
};

/**
 * A measurement module: one area of the product (sync, store, dashboards ...) measured in one
 * function. Register it in ./registry to have `npm run bench` run and report it.
 */
export type Measurement = {
  /** Stable identifier, used by `--only`. */
  id: string;
  title: string;
  run(context: BenchContext): Promise<Figure[]>;
};

/** What measurements share: lazily started resources, released when the run ends. */
export type BenchContext = {
  options: BenchOptions;
  /** The central store on a scratch PostgreSQL schema, seeded at the run's scale. */
  store(): Promise<BenchStore>;
  /** A store seeded at another scale (for a baseline); the run's own scale is store(). */
  storeAt(scale: ScaleName): Promise<BenchStore>;
  /**
   * Headless Chromium with the benchmark page, served by the store: one profile for the run,
   * whose first IndexedDB writes are the first sync (reopen and reconnect follow in it).
   */
  browser(): Promise<BrowserSession>;
  /**
   * Runs `work` in a Chromium of its own with a new, empty profile, closed and deleted after:
   * every write measurement starts from the same empty IndexedDB, whatever ran before it.
   */
  freshBrowser<Result>(work: (browser: BrowserSession) => Promise<Result>): Promise<Result>;
  /** The CouchDB-protocol peer holding the same documents the store sends the user. */
  peer(): Promise<CouchPeer>;
  /** Runs `work` once per run; later callers share its result (e.g. the first sync). */
  once<Result>(key: string, work: () => Promise<Result>): Promise<Result>;
  log(message: string): void;
};
