import { dashboard } from './measurements/dashboard';
import { firstSync } from './measurements/first-sync';
import { firstSyncBreakdown } from './measurements/first-sync-breakdown';
import { firstSyncInterrupted } from './measurements/first-sync-interrupted';
import { inbox } from './measurements/inbox';
import { peerSync } from './measurements/peer-sync';
import { reconnect } from './measurements/reconnect';
import { reopen } from './measurements/reopen';
import { reports } from './reports';
import { storeLive } from './measurements/store-live';
import { storePull } from './measurements/store-pull';
import { storeStorm } from './measurements/store-storm';
import { tables } from './measurements/tables';
import type { Measurement } from './types';

/**
 * Every measurement `npm run bench` runs, in this order. To add one (a dashboard, an export):
 * write a module in ./measurements returning Figure[] (./types.ts), using the shared resources
 * of its BenchContext, and list it here.
 */
export const measurements: readonly Measurement[] = [
  storePull,
  storeLive,
  firstSync,
  firstSyncInterrupted,
  peerSync,
  reopen,
  reconnect,
  inbox,
  dashboard,
  tables,
  firstSyncBreakdown,
  reports,
  // Last: the storm leaves the store busy for a while after its clients are gone.
  storeStorm,
];
