import { documentStore } from '../../server/sync/document-store';
import { partnersCollection, type Partner } from '../../shared/schema';
import type { BenchStore } from '../store/bench-store';
import { connectLiveClients, type LiveClients } from '../store/live-clients';
import { median, percentile, round, thousands } from '../support/stats';
import type { Figure, Measurement } from '../types';

export const LIVE_TARGET_P99_MS = 500;
const ARRIVAL_TIMEOUT_MS = 10_000;
const PAUSE_BETWEEN_CHANGES_MS = 100;

type Run = { connectMs: number; everyClient: number[]; deliveries: number[] };

/**
 * Issue #5, 4: live clients held by one store instance. Each change is a server-side write of
 * one partner (lock, change number, NOTIFY, commit), timed from just before the write until
 * every client has its event; the next change waits until then.
 */
export const storeLive: Measurement = {
  id: 'store-live',
  title: 'Central store: live stream fan-out and memory',
  async run(context) {
    const { liveClients, liveChanges } = context.options;
    const store = await context.store();
    const [row] = await store.database.query<{ id: string }>(
      'SELECT id FROM partners WHERE territory_id = ANY($1) ORDER BY id LIMIT 1',
      [store.territoryIds],
    );
    if (!row) throw new Error('No partner in the benchmark territory');

    const single = await timedRun(store, row.id, 1, liveChanges);
    const idleMb = await store.rssMegabytes();
    const clients = await connectLiveClients(store, liveClients, 60_000);
    let connectedMb: number;
    let many: Run;
    try {
      await sleep(1000);
      connectedMb = await store.rssMegabytes();
      many = await changes(store, row.id, clients, liveChanges);
    } finally {
      clients.close();
    }
    const scale = `${context.options.scale} data; ${thousands(liveClients)} SSE clients, ${liveChanges} changes`;
    const baseline = (name: string, value: number) => ({
      name: `${name}, 1 client`,
      value: round(value),
      unit: 'ms',
    });
    const p99 = percentile(many.everyClient, 99);
    const figures: Figure[] = [
      {
        name: 'change → every live client, median',
        scale,
        value: round(median(many.everyClient)),
        unit: 'ms',
        baseline: baseline('median', median(single.everyClient)),
        note: `per delivery: median ${round(median(many.deliveries))} ms, p99 ${round(percentile(many.deliveries, 99))} ms over ${thousands(many.deliveries.length)}`,
      },
      {
        name: 'change → every live client, p99',
        scale,
        value: round(p99),
        unit: 'ms',
        baseline: baseline('p99', percentile(single.everyClient, 99)),
        target: { text: `< ${LIVE_TARGET_P99_MS} ms`, met: p99 < LIVE_TARGET_P99_MS },
      },
      {
        name: `connect ${thousands(liveClients)} clients (until every RESYNC)`,
        scale,
        value: round(clients.connectMs),
        unit: 'ms',
        baseline: baseline('connect', single.connectMs),
        note: `${thousands(clients.refused)} connections refused (503 or reset) and tried again after the app's backoff`,
      },
      {
        name: `store process RSS with ${thousands(liveClients)} clients`,
        scale,
        value: round(connectedMb),
        unit: 'MB',
        baseline: { name: 'same process, no client', value: round(idleMb), unit: 'MB' },
        note: `${round(((connectedMb - idleMb) * 1024) / liveClients)} KB per client`,
      },
    ];
    return figures;
  },
};

async function timedRun(store: BenchStore, partnerId: string, size: number, count: number) {
  const clients = await connectLiveClients(store, size, 60_000);
  try {
    return await changes(store, partnerId, clients, count);
  } finally {
    clients.close();
  }
}

async function changes(
  store: BenchStore,
  partnerId: string,
  clients: LiveClients,
  count: number,
): Promise<Run> {
  const partners = documentStore<Partner>(store.database, partnersCollection);
  const partner = await partners.get(partnerId);
  if (!partner) throw new Error(`Partner ${partnerId} is missing`);
  const everyClient: number[] = [];
  const deliveries: number[] = [];
  for (let change = 1; change <= count; change += 1) {
    await sleep(PAUSE_BETWEEN_CHANGES_MS);
    const started = performance.now();
    await partners.put([partner]);
    const arrivals = await clients.arrivals('partners', change, ARRIVAL_TIMEOUT_MS);
    const latencies = arrivals.map((arrival) => arrival - started);
    everyClient.push(Math.max(...latencies));
    deliveries.push(...latencies);
  }
  return { connectMs: clients.connectMs, everyClient, deliveries };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
