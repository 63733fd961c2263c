import { MAX_PULL_LIMIT } from '../../shared/sync/protocol';
import type { BenchStore } from '../store/bench-store';
import { pullInProcess, pullOverHttp, type PullEncoding, type PullPass } from '../store/pull';
import { round, thousands } from '../support/stats';
import type { Figure, Measurement } from '../types';

export const PULL_TARGET_DOCS_PER_SECOND = 20_000;
/** The hotel network, downstream: what the bytes would cost there, transfer alone. */
const HOTEL_DOWN_MEGABITS = 10;

type TimedPass = PullPass & { serverCpuSeconds: number };

/**
 * Issue #5, 4: one client paging through every collection with the largest pages allowed; issue
 * #13, 4: the same pages plain and compressed (brotli, gzip), bytes per document and time.
 */
export const storePull: Measurement = {
  id: 'store-pull',
  title: 'Central store: pull throughput for one client, plain and compressed',
  async run(context) {
    const store = await context.store();
    // In-process first: it also warms PostgreSQL's cache, so the HTTP pass is not penalised.
    const direct = await pullInProcess(store);
    const http = await timedPass(store, 'identity');
    const brotli = await timedPass(store, 'br');
    const gzip = await timedPass(store, 'gzip');
    for (const pass of [http, brotli, gzip]) {
      if (pass.count !== direct.count) {
        throw new Error(`HTTP pull gave ${pass.count} documents, the same queries ${direct.count}`);
      }
    }
    const rate = http.count / http.seconds;
    const scale = `${context.options.scale}: ${thousands(http.count)} docs, ${http.requests} requests of ≤${thousands(MAX_PULL_LIMIT)}`;
    const bytesPerDocument = (pass: PullPass) => (pass.wireMegabytes * 1e6) / pass.count;
    const hotelSeconds = (pass: PullPass) => (pass.wireMegabytes * 8) / HOTEL_DOWN_MEGABITS;
    const describe = (pass: TimedPass) =>
      `${round(pass.seconds, 2)} s, ${round(pass.wireMegabytes, 1)} MB on the wire, store and PostgreSQL CPU ${round(pass.serverCpuSeconds, 1)} s`;
    const figures: Figure[] = [
      {
        name: 'pull throughput, one client over HTTP',
        scale,
        value: round(rate),
        unit: 'docs/s',
        baseline: {
          name: 'same scoped queries in-process (no HTTP)',
          value: round(direct.count / direct.seconds),
          unit: 'docs/s',
        },
        target: {
          text: `≥ ${thousands(PULL_TARGET_DOCS_PER_SECOND)} docs/s`,
          met: rate >= PULL_TARGET_DOCS_PER_SECOND,
        },
        note: `not compressed: ${round(http.seconds, 2)} s for ${round(http.megabytes, 1)} MB of JSON (${round(http.megabytes / http.seconds, 1)} MB/s)`,
      },
      {
        name: 'bytes on the wire per document, brotli',
        scale,
        value: round(bytesPerDocument(brotli)),
        unit: 'B/doc',
        baseline: { name: 'not compressed', value: round(bytesPerDocument(http)), unit: 'B/doc' },
        note:
          `${round(http.wireMegabytes / brotli.wireMegabytes, 1)}× smaller; gzip ${round(bytesPerDocument(gzip))} B/doc ` +
          `(${round(http.wireMegabytes / gzip.wireMegabytes, 1)}×); at ${HOTEL_DOWN_MEGABITS} Mbit/s the transfer alone takes ` +
          `${round(hotelSeconds(brotli), 1)} s brotli, ${round(hotelSeconds(gzip), 1)} s gzip, ${round(hotelSeconds(http), 1)} s plain`,
      },
      {
        name: 'pull of the whole scope over loopback, brotli',
        scale,
        value: round(brotli.seconds, 2),
        unit: 's',
        baseline: { name: 'not compressed', value: round(http.seconds, 2), unit: 's' },
        note: `brotli ${describe(brotli)}; gzip ${describe(gzip)}; plain ${describe(http)} (client decoding included)`,
      },
    ];
    return figures;
  },
};

async function timedPass(store: BenchStore, encoding: PullEncoding): Promise<TimedPass> {
  const cpuBefore = await store.serverCpuSeconds();
  const pass = await pullOverHttp(store, MAX_PULL_LIMIT, encoding);
  return { ...pass, serverCpuSeconds: (await store.serverCpuSeconds()) - cpuBefore };
}
