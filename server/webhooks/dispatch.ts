import type PgBoss from 'pg-boss';
import type { Database, Queryable } from '../db/database';
import { webhookEventType } from './event-types';
import { receives } from './subscription';

/** The queue each delivery is a job of, and where those whose retries ran out go. */
export const DELIVERY_QUEUE = 'webhook-delivery';
export const DEAD_LETTER_QUEUE = 'webhook-dead-letter';

/** A delivery job's data: which event, to which subscription. */
export type DeliveryJob = { subscriptionId: string; eventSeq: string };

/** How many events one dispatch transaction takes; the dispatch loops until none is left. */
const DISPATCH_BATCH = 500;
/** Dispatched events (and their delivery log) are kept this long, then pruned. */
export const EVENT_RETENTION_DAYS = 30;

export type DispatchSummary = { events: number; deliveries: number; retried: number };

/** pg-boss's `db` over an open transaction, so its jobs commit or roll back with it. */
function transactionExecutor(tx: Queryable): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      return { rows: await tx.query(text, values) };
    },
  };
}

/**
 * Hands every undispatched event to the delivery queue: one job per subscription that receives
 * it (its event types and territories, and made before the event was recorded), inserted in the
 * transaction that marks the event dispatched, so an event is queued exactly once however
 * dispatches overlap or crash. Deliveries IT asked to retry are queued again. Then prunes
 * events dispatched more than EVENT_RETENTION_DAYS ago.
 */
export async function dispatchRequestEvents(
  database: Database,
  boss: Pick<PgBoss, 'insert'>,
): Promise<DispatchSummary> {
  const summary: DispatchSummary = { events: 0, deliveries: 0, retried: 0 };
  for (;;) {
    const taken = await database.transaction(async (tx) => {
      const events = await tx.query<{
        seq: string;
        action: string;
        status: string;
        territory_id: string;
        recorded_ms: number;
      }>(
        `SELECT seq::text AS seq, action, status, territory_id,
           (extract(epoch FROM recorded_at) * 1000)::float8 AS recorded_ms
         FROM request_events WHERE dispatched_at IS NULL
         ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [DISPATCH_BATCH],
      );
      if (events.length === 0) return 0;
      const subscriptions = (
        await tx.query<{
          id: string;
          event_types: string[];
          territory_ids: string[];
          created_ms: number;
        }>(
          `SELECT id, event_types, territory_ids,
             (extract(epoch FROM created_at) * 1000)::float8 AS created_ms
           FROM webhook_subscriptions WHERE removed_at IS NULL`,
        )
      ).map((row) => ({
        id: row.id,
        eventTypes: row.event_types,
        territoryIds: row.territory_ids,
        removedAt: null,
        createdMs: row.created_ms,
      }));
      const jobs: PgBoss.JobInsert<DeliveryJob>[] = [];
      for (const event of events) {
        const type = webhookEventType(event.action, event.status);
        if (!type) continue;
        for (const subscription of subscriptions) {
          if (subscription.createdMs > event.recorded_ms) continue;
          if (!receives(subscription, type, event.territory_id)) continue;
          jobs.push({
            name: DELIVERY_QUEUE,
            data: { subscriptionId: subscription.id, eventSeq: event.seq },
          });
        }
      }
      if (jobs.length > 0) await boss.insert(jobs, { db: transactionExecutor(tx) });
      await tx.query(
        'UPDATE request_events SET dispatched_at = now() WHERE seq = ANY($1::bigint[])',
        [events.map((event) => event.seq)],
      );
      summary.events += events.length;
      summary.deliveries += jobs.length;
      return events.length;
    });
    if (taken < DISPATCH_BATCH) break;
  }
  summary.retried = await queueRequestedRetries(database, boss);
  await database.query(
    `DELETE FROM request_events
     WHERE dispatched_at < now() - make_interval(days => $1::integer)`,
    [EVENT_RETENTION_DAYS],
  );
  return summary;
}

/** Deliveries `npm run webhooks -- retry` asked for, queued again (each once). */
async function queueRequestedRetries(
  database: Database,
  boss: Pick<PgBoss, 'insert'>,
): Promise<number> {
  return database.transaction(async (tx) => {
    const rows = await tx.query<{ subscription_id: string; event_seq: string }>(
      `UPDATE webhook_deliveries d SET retry_requested_at = NULL, dead_at = NULL
       FROM webhook_subscriptions s
       WHERE d.retry_requested_at IS NOT NULL AND s.id = d.subscription_id AND s.removed_at IS NULL
       RETURNING d.subscription_id, d.event_seq::text AS event_seq`,
    );
    if (rows.length > 0) {
      await boss.insert(
        rows.map((row) => ({
          name: DELIVERY_QUEUE,
          data: { subscriptionId: row.subscription_id, eventSeq: row.event_seq },
        })),
        { db: transactionExecutor(tx) },
      );
    }
    return rows.length;
  });
}
