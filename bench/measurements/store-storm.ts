import { documentStore } from '../../server/sync/document-store';
import { partnersCollection, type Partner } from '../../shared/schema';
import { connectStormClients, currentCheckpoints } from '../store/storm-clients';
import { round, thousands } from '../support/stats';
import type { Figure, Measurement } from '../types';

export const STORM_TARGET_SECONDS = 30;
const SAMPLE_EVERY_MS = 100;
const CATCH_UP_TIMEOUT_MS = 180_000;

/**
 * Issue #13, 5: the reconnect storm after a store restart. The live clients are caught up; the
 * store process is stopped (SIGTERM), a partner changes meanwhile, and a new process starts on
 * the same address. Every client reconnects with the app's jittered backoff and, on its RESYNC,
 * pulls every collection from its checkpoint. Timed until every client has caught up (and has
 * the changed partner); the store's PostgreSQL sessions are sampled throughout.
 */
export const storeStorm: Measurement = {
  id: 'store-storm',
  title: 'Central store: the reconnect storm after a restart',
  async run(context) {
    const size = context.options.liveClients;
    const store = await context.store();
    const [row] = await store.database.query<{ id: string }>(
      'SELECT id FROM partners WHERE territory_id = ANY($1) ORDER BY id LIMIT 1',
      [store.territoryIds],
    );
    if (!row) throw new Error('No partner in the benchmark territory');
    const partners = documentStore<Partner>(store.database, partnersCollection);
    const partner = await partners.get(row.id);
    if (!partner) throw new Error(`Partner ${row.id} is missing`);

    const checkpoints = await currentCheckpoints(store);
    const clients = await connectStormClients(store, size, checkpoints, 120_000);
    const sessions: number[] = [];
    const sampling = new AbortController();
    const sampler = (async () => {
      while (!sampling.signal.aborted) {
        sessions.push(await store.postgresSessions().catch(() => Number.NaN));
        await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
      }
    })();
    let result;
    let stoppedAt: number;
    let readyAt: number;
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const connectedSessions = Math.max(...sessions);
      clients.armCatchUp();
      stoppedAt = performance.now();
      await store.restart(async () => {
        // Written while the store is away: every client must find it in its catch-up.
        await partners.put([{ ...partner, name: `${partner.name} (renamed in the outage)` }]);
      });
      readyAt = performance.now();
      context.log(`store restarted in ${round((readyAt - stoppedAt) / 1000, 1)} s`);
      const caught = await clients.caughtUp(CATCH_UP_TIMEOUT_MS);
      result = { ...caught, connectedSessions };
    } finally {
      sampling.abort();
      await sampler;
      clients.close();
    }
    const missed = result.received.filter((received) => (received.get('partners') ?? 0) < 1);
    if (missed.length > 0) {
      throw new Error(`${missed.length} clients caught up without the partner changed meanwhile`);
    }
    const lastCaughtUp = Math.max(...result.at);
    const seconds = (lastCaughtUp - readyAt) / 1000;
    const statuses = [...clients.tally.statuses].sort(([a], [b]) => a - b);
    const serverErrors = statuses
      .filter(([status]) => status >= 500 && status !== 503)
      .reduce((sum, [, n]) => sum + n, 0);
    const unavailable = clients.tally.statuses.get(503) ?? 0;
    const peak = Math.max(...sessions.filter(Number.isFinite));
    const scale = `${context.options.scale} data; ${thousands(size)} SSE clients, 12 collections each`;
    const answers = statuses.map(([status, n]) => `${thousands(n)} × ${status}`).join(', ');
    const figures: Figure[] = [
      {
        name: `reconnect storm: store back → all ${thousands(size)} clients caught up`,
        scale,
        value: round(seconds, 1),
        unit: 's',
        target: { text: `≤ ${STORM_TARGET_SECONDS} s`, met: seconds <= STORM_TARGET_SECONDS },
        note:
          `${round((lastCaughtUp - stoppedAt) / 1000, 1)} s from the stop (the restart took ${round((readyAt - stoppedAt) / 1000, 1)} s); ` +
          `${thousands(clients.tally.pulls)} pulls answered (${answers}), ${thousands(clients.tally.streamAttempts - size)} stream reconnection attempts, ` +
          `${thousands(clients.tally.networkErrors)} refused or reset while the store was down`,
      },
      {
        name: 'reconnect storm: peak PostgreSQL sessions of the store',
        scale,
        value: peak,
        unit: 'sessions',
        baseline: {
          name: `with ${thousands(size)} clients connected, before`,
          value: result.connectedSessions,
          unit: 'sessions',
        },
        note: `pg_stat_activity sampled every ${SAMPLE_EVERY_MS} ms (${sessions.length} samples); both store processes' pools and LISTEN connections`,
      },
      {
        name: 'reconnect storm: 5xx answers other than 503',
        scale,
        value: serverErrors,
        unit: 'answers',
        target: { text: '0', met: serverErrors === 0 },
        note: `${thousands(unavailable)} answered 503 unavailable (with Retry-After) and pulled again`,
      },
    ];
    return figures;
  },
};
