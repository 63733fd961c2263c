import { MAX_PULL_LIMIT } from '../../shared/sync/protocol';
import { round, thousands } from '../support/stats';
import { breakdownVariants, type BreakdownVariant } from '../page/api';
import type { Figure, Measurement } from '../types';
import { accessOf, dexieFloor, firstSyncRun } from './browser-runs';

const BREAKDOWN_DB = 'camdesk_bench_breakdown';

/**
 * Profiling for the first-sync target: the same documents written four other ways, each in a
 * fresh browser profile like the floor, and compared with it. Tells what IndexedDB costs with the indexes RxDB keeps, what
 * RxDB's write path and its replication protocol add, and what a snapshot load would reach.
 */
export const firstSyncBreakdown: Measurement = {
  id: 'first-sync-breakdown',
  title: "Renderer: where the first sync's time goes",
  async run(context) {
    const floor = await dexieFloor(context);
    const ours = await firstSyncRun(context);
    const store = await context.store();
    const seconds: Partial<Record<BreakdownVariant, number>> = {};
    for (const variant of breakdownVariants) {
      const { ms } = await context.freshBrowser(async (browser) => {
        await browser.load();
        return browser.call('breakdown', {
          ...accessOf(store),
          dbName: BREAKDOWN_DB,
          variant,
          batchSize: MAX_PULL_LIMIT,
        });
      });
      seconds[variant] = ms;
      context.log(`${variant}: ${(ms / 1000).toFixed(2)} s`);
    }
    const scale = `${context.options.scale}: ${thousands(ours.documents)} docs`;
    const baseline = { name: 'raw Dexie bulkPut', value: round(floor.ms / 1000, 2), unit: 's' };
    const figure = (name: string, ms = Number.NaN, note?: string): Figure => ({
      name,
      scale,
      value: round(ms / 1000, 2),
      unit: 's',
      baseline,
      ...(note === undefined ? {} : { note }),
    });
    return [
      figure(
        "raw Dexie bulkPut into RxDB's storage layout without the app's indexes",
        seconds['layout-minimum'],
        'only the indexes RxDB always adds ([_deleted+key], [_meta.lwt+key], [_meta.lwt]): the least any sync through RxDB on Dexie writes',
      ),
      figure(
        "raw Dexie bulkPut into RxDB's storage layout",
        seconds['layout-floor'],
        'the same indexes, one IndexedDB database per collection, documents as RxDB stores them',
      ),
      figure('RxDB bulkInsert into the collections (no network)', seconds['bulk-insert']),
      figure(
        `RxDB replication, pull batches of ${String(MAX_PULL_LIMIT)}, no live stream`,
        seconds.replication,
        `the app's engine (snapshot, then live replication) took ${round(ours.ms / 1000, 2)} s`,
      ),
      figure(
        `the app's snapshot alone: pages of ${String(MAX_PULL_LIMIT)} prefetched, one storage bulk write each`,
        seconds.snapshot,
        'renderer/sync/snapshot.ts, which the engine runs before starting replication at its checkpoint',
      ),
    ];
  },
};
