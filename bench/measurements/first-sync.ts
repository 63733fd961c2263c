import { round, thousands } from '../support/stats';
import type { Measurement } from '../types';
import { dexieFloor, firstSyncRun, peerRun } from './browser-runs';

export const FLOOR_TARGET_RATIO = 1.5;

/** Issue #5, 1 and 5: the first sync of the whole territory, against the floor and the peer. */
export const firstSync: Measurement = {
  id: 'first-sync',
  title: "Renderer: first sync of the user's whole scope (RxDB + Dexie, real engine)",
  async run(context) {
    const floor = await dexieFloor(context);
    const ours = await firstSyncRun(context);
    const peer = await peerRun(context);
    const scale = `${context.options.scale}: ${thousands(ours.documents)} docs, ${round(floor.megabytes)} MB JSON`;
    const seconds = ours.ms / 1000;
    const floorSeconds = floor.ms / 1000;
    const peerSeconds = peer.ms / 1000;
    return [
      {
        name: 'first sync vs raw Dexie bulkPut (storage floor)',
        scale,
        value: round(seconds, 2),
        unit: 's',
        baseline: { name: 'raw Dexie bulkPut', value: round(floorSeconds, 2), unit: 's' },
        target: {
          text: `≤ ${FLOOR_TARGET_RATIO}× floor`,
          met: seconds <= FLOOR_TARGET_RATIO * floorSeconds,
        },
        note:
          `floor runs ${floor.runsMs.map((ms) => round(ms / 1000, 2)).join(' s and ')} s, the faster kept; ` +
          `meanwhile the store and PostgreSQL used ${round(ours.serverCpuSeconds, 1)} s of CPU on the same cores; ` +
          `opening the empty database took ${round(ours.openMs)} ms more`,
      },
      {
        name: 'first sync throughput',
        scale,
        value: round(ours.documents / seconds),
        unit: 'docs/s',
        baseline: {
          name: 'raw Dexie bulkPut',
          value: round(floor.documents / floorSeconds),
          unit: 'docs/s',
        },
      },
      {
        name: 'first sync vs PouchDB peer',
        scale,
        value: round(seconds, 2),
        unit: 's',
        baseline: {
          name: 'PouchDB (idb) from express-pouchdb',
          value: round(peerSeconds, 2),
          unit: 's',
        },
        target: { text: 'faster than the peer', met: seconds < peerSeconds },
      },
    ];
  },
};
