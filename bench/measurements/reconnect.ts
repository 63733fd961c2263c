import { randomUUID } from 'node:crypto';
import { defaultDiscountAuthority } from '../../server/decisions/decision-service';
import { statusesAwaitingDecision } from '../../shared/rules/request-status';
import type { Decision, Request } from '../../shared/schema';
import {
  PROTOCOL_VERSION_HEADER,
  SYNC_PROTOCOL_VERSION,
  type PushRow,
  type WireDocument,
} from '../../shared/sync/protocol';
import { PUSH_BATCH } from '../../renderer/sync/batches';
import type { QueuedRequest } from '../page/api';
import type { BenchStore } from '../store/bench-store';
import { round, thousands } from '../support/stats';
import type { Measurement } from '../types';
import { accessOf, firstSyncRun, SYNCED_DB } from './browser-runs';

export const RECONNECT_TARGET_SECONDS = 5;

/**
 * Issue #5, 3: decisions on real open requests, queued offline in the local outbox, then the
 * engine reconnects; timed until every one has its outcome locally. Baseline: as many other
 * decisions pushed by a Node client straight to the store in the engine's batches.
 */
export const reconnect: Measurement = {
  id: 'reconnect',
  title: 'Renderer: reconnect with decisions queued offline',
  async run(context) {
    const synced = await firstSyncRun(context);
    const [store, browser] = await Promise.all([context.store(), context.browser()]);
    const candidates = await decidableRequests(store);
    const size = Math.min(context.options.queuedDecisions, Math.floor(candidates.length / 2));
    if (size < 1) throw new Error('No open request waits for the benchmark user');
    await browser.load();
    const result = await browser.call('reconnect', {
      ...accessOf(store),
      dbName: SYNCED_DB,
      requests: candidates.slice(0, size),
    });
    if (result.problems.length > 0) {
      throw new Error(`The sync engine reported: ${result.problems.join('; ')}`);
    }
    if ((result.outcomes['none'] ?? 0) > 0) {
      throw new Error(`${String(result.outcomes['none'])} decisions have no outcome locally`);
    }
    const baselineSeconds = await pushDirectly(store, candidates.slice(size, 2 * size));
    const seconds = result.ms / 1000;
    const outcomes = Object.entries(result.outcomes)
      .map(([status, count]) => `${String(count)} ${status}`)
      .join(', ');
    return [
      {
        name: `reconnect: ${thousands(size)} queued decisions settled`,
        scale: `${context.options.scale}: ${thousands(synced.documents)} docs local, ${thousands(size)} decisions on open requests`,
        value: round(seconds, 2),
        unit: 's',
        baseline: {
          name: `${thousands(size)} other decisions pushed by Node, batches of ${PUSH_BATCH}`,
          value: round(baselineSeconds, 2),
          unit: 's',
        },
        target: {
          text: `≤ ${RECONNECT_TARGET_SECONDS} s`,
          met: seconds <= RECONNECT_TARGET_SECONDS,
        },
        note:
          `outcomes: ${outcomes}; first push sent at ${round(result.firstPushMs / 1000, 2)} s, ` +
          `last answered at ${round(result.pushedMs / 1000, 2)} s; ${result.requests} requests`,
      },
    ];
  },
};

/** Requests awaiting a decision whose current step waits for a CAM, within a CAM's authority. */
export async function decidableRequests(store: BenchStore): Promise<QueuedRequest[]> {
  const rows = await store.database.query<{ doc: Request }>(
    `SELECT doc FROM requests WHERE territory_id = ANY($1) AND doc->>'status' = ANY($2) ORDER BY id`,
    [store.territoryIds, statusesAwaitingDecision],
  );
  const limit = defaultDiscountAuthority.cam ?? 0;
  return rows
    .map((row) => row.doc)
    .filter((request) => {
      const step = request.steps[request.currentStep];
      const finalStep = request.currentStep === request.steps.length - 1;
      const beyondAuthority =
        request.type === 'special_pricing' && finalStep && (request.discountPercent ?? 0) > limit;
      return step?.role === 'cam' && step.decisionId === null && !beyondAuthority;
    })
    .map((request) => ({
      id: request.id,
      territoryId: request.territoryId,
      stepIndex: request.currentStep,
    }));
}

async function pushDirectly(store: BenchStore, requests: QueuedRequest[]): Promise<number> {
  const now = new Date().toISOString();
  const rows: PushRow<Decision>[] = requests.map((request) => ({
    newDocumentState: {
      id: randomUUID(),
      requestId: request.id,
      territoryId: request.territoryId,
      stepIndex: request.stepIndex,
      action: 'approve',
      comment: 'Approved (benchmark baseline)',
      amount: null,
      decidedBy: store.userId,
      deviceId: 'device-bench-node',
      decidedAt: now,
      outcome: null,
      updatedAt: now,
      _deleted: false,
    },
  }));
  const started = performance.now();
  for (let start = 0; start < rows.length; start += PUSH_BATCH) {
    const response = await fetch(`${store.url}/sync/decisions/push`, {
      method: 'POST',
      headers: {
        [PROTOCOL_VERSION_HEADER]: String(SYNC_PROTOCOL_VERSION),
        authorization: `Bearer ${store.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(rows.slice(start, start + PUSH_BATCH)),
    });
    if (!response.ok) throw new Error(`Push answered ${response.status}: ${await response.text()}`);
    // The push answer: the stored state of every pushed decision (docs/sync-protocol.md).
    const answers = (await response.json()) as WireDocument<Decision>[];
    if (answers.some((answer) => answer.outcome === null)) throw new Error('A push had no outcome');
  }
  return (performance.now() - started) / 1000;
}
