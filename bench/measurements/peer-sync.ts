import { PULL_BATCH } from '../../renderer/sync/batches';
import { round, thousands } from '../support/stats';
import type { Measurement } from '../types';
import { firstSyncRun, peerRun } from './browser-runs';

/** Issue #5, 5: the same documents replicated by PouchDB from a CouchDB-protocol server. */
export const peerSync: Measurement = {
  id: 'peer-sync',
  title: 'Peer: PouchDB (IndexedDB) replicating the same documents from express-pouchdb',
  async run(context) {
    const ours = await firstSyncRun(context);
    const peer = await peerRun(context);
    const server = await context.peer();
    return [
      {
        name: 'PouchDB peer first sync throughput',
        scale: `${context.options.scale}: ${thousands(peer.documents)} docs in ${server.databases.length} databases, batch_size ${thousands(PULL_BATCH)}`,
        value: round(peer.documents / (peer.ms / 1000)),
        unit: 'docs/s',
        baseline: {
          name: 'our first sync',
          value: round(ours.documents / (ours.ms / 1000)),
          unit: 'docs/s',
        },
        note: `${round(peer.ms / 1000, 2)} s; peer server: express-pouchdb on the memory adapter, loaded in ${round(server.loadSeconds, 1)} s`,
      },
    ];
  },
};
