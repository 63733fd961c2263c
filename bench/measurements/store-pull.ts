import { MAX_PULL_LIMIT } from '../../shared/sync/protocol';
import { pullInProcess, pullOverHttp } from '../store/pull';
import { round, thousands } from '../support/stats';
import type { Measurement } from '../types';

export const PULL_TARGET_DOCS_PER_SECOND = 20_000;

/** Issue #5, 4: one client paging through every collection with the largest pages allowed. */
export const storePull: Measurement = {
  id: 'store-pull',
  title: 'Central store: pull throughput for one client',
  async run(context) {
    const store = await context.store();
    // In-process first: it also warms PostgreSQL's cache, so the HTTP pass is not penalised.
    const direct = await pullInProcess(store);
    const http = await pullOverHttp(store);
    if (http.count !== direct.count) {
      throw new Error(`HTTP pull gave ${http.count} documents, the same queries ${direct.count}`);
    }
    const rate = http.count / http.seconds;
    const scale = `${context.options.scale}: ${thousands(http.count)} docs, ${http.requests} requests of ≤${thousands(MAX_PULL_LIMIT)}`;
    return [
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
        note: `${round(http.seconds, 2)} s for ${round(http.megabytes, 1)} MB of JSON (${round(http.megabytes / http.seconds, 1)} MB/s)`,
      },
    ];
  },
};
