import { filter, firstValueFrom } from 'rxjs';
import { openCamDatabase, type CamDatabase } from '../../renderer/db/database';
import { startSync } from '../../renderer/sync/sync-engine';
import type { Decision } from '../../shared/schema';
import type { QueuedRequest, ReconnectResult, StoreAccess, SyncResult } from './api';
import { countAll } from './documents';

/** The real sync engine as the app starts it, collecting whatever it reports as a problem. */
export function startEngine(database: CamDatabase, access: StoreAccess, problems: string[]) {
  const sync = startSync({
    database,
    storeUrl: access.storeUrl,
    accessToken: () => Promise.resolve(access.token),
    hasSession: () => Promise.resolve(true),
    userId: access.userId,
    onScopeChanged: () => problems.push('the store answered scope_changed'),
    onRevoked: () => problems.push('the store revoked the session'),
  });
  const watching = sync.status$.subscribe((status) => {
    if (status.problem && !problems.includes(status.problem)) problems.push(status.problem);
  });
  return {
    sync,
    async stop() {
      watching.unsubscribe();
      await sync.stop();
    },
  };
}

/** First sync of the whole territory into an empty local database, with the app's engine. */
export async function firstSync(access: StoreAccess & { dbName: string }): Promise<SyncResult> {
  const opening = performance.now();
  const database = await openCamDatabase(access.dbName);
  const openMs = performance.now() - opening;
  const problems: string[] = [];
  const started = performance.now();
  const engine = startEngine(database, access, problems);
  await engine.sync.awaitInSync();
  const ms = performance.now() - started;
  await engine.stop();
  const counts = await countAll(database);
  await database.close();
  return { ms, openMs, counts, problems };
}

/**
 * Back online after deciding `requests` offline: the decisions wait in the local outbox, then the
 * engine starts (RESYNC of every collection, push) until every one has its outcome locally.
 */
export async function reconnect(
  input: StoreAccess & { dbName: string; requests: QueuedRequest[] },
): Promise<ReconnectResult> {
  const database = await openCamDatabase(input.dbName);
  const now = new Date().toISOString();
  const decisions: Decision[] = input.requests.map((request) => ({
    id: crypto.randomUUID(),
    requestId: request.id,
    territoryId: request.territoryId,
    stepIndex: request.stepIndex,
    action: 'approve',
    comment: 'Approved offline (benchmark)',
    amount: null,
    decidedBy: input.userId,
    deviceId: 'device-bench',
    decidedAt: now,
    outcome: null,
    updatedAt: now,
  }));
  await database.decisions.bulkInsert(decisions);
  // Settled = the local copy has its outcome. Watched through the collection's change events,
  // not a live query, so the benchmark adds no query work of its own to what it measures.
  const waiting = new Set(decisions.map((decision) => decision.id));
  const settled = firstValueFrom(
    database.decisions.$.pipe(
      filter((event) => {
        if (event.documentData.outcome !== null) waiting.delete(event.documentId);
        return waiting.size === 0;
      }),
    ),
  );

  const pushes = watchPushes(decisions.length);
  const problems: string[] = [];
  const started = performance.now();
  const engine = startEngine(database, input, problems);
  await settled;
  const ms = performance.now() - started;
  pushes.restore();
  const pushedMs = (await pushes.done) - started;
  const firstPushMs = pushes.firstPush() - started;
  await engine.stop();
  const outcomes: Record<string, number> = {};
  const stored = await database.decisions.findByIds(decisions.map((d) => d.id)).exec();
  for (const doc of stored.values()) {
    const status = doc.outcome?.status ?? 'none';
    outcomes[status] = (outcomes[status] ?? 0) + 1;
  }
  await database.close();
  return { ms, firstPushMs, pushedMs, requests: pushes.requests(), outcomes, problems };
}

/** Watches the engine's requests: when pushes of `expected` decisions started and were answered. */
function watchPushes(expected: number) {
  const original = window.fetch.bind(window);
  let answered = 0;
  let requests = 0;
  let firstPush = Number.NaN;
  let resolveDone: (at: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => {
    resolveDone = resolve;
  });
  window.fetch = async (input, init) => {
    requests += 1;
    const url = input instanceof Request ? input.url : String(input);
    const push = url.includes('/sync/decisions/push') && typeof init?.body === 'string';
    if (push && Number.isNaN(firstPush)) firstPush = performance.now();
    const response = await original(input, init);
    if (push && typeof init.body === 'string') {
      // The engine's push body is an array of push rows (shared/sync/protocol.ts).
      answered += (JSON.parse(init.body) as unknown[]).length;
      if (answered >= expected) resolveDone(performance.now());
    }
    return response;
  };
  return {
    done,
    firstPush: () => firstPush,
    requests: () => requests,
    /** Stops watching; `done` is NaN if the pushes were never all answered. */
    restore() {
      window.fetch = original;
      resolveDone(Number.NaN);
    },
  };
}
