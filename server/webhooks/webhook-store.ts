import { randomBytes, randomUUID } from 'node:crypto';
import type { Request } from '../../shared/schema';
import type { Queryable } from '../db/database';
import { webhookEventType, type WebhookEventType } from './event-types';
import type { WebhookEvent } from './payload';
import {
  checkSubscriptionDraft,
  SubscriptionError,
  type SubscriptionDraft,
  type WebhookFormat,
  type WebhookSubscription,
} from './subscription';

type SubscriptionRow = {
  id: string;
  url: string;
  secret: string;
  format: WebhookFormat;
  event_types: WebhookEventType[];
  territory_ids: string[];
  created_at: string;
  removed_at: string | null;
};

const subscriptionColumns = `id, url, secret, format, event_types, territory_ids,
  to_json(created_at)#>>'{}' AS created_at, to_json(removed_at)#>>'{}' AS removed_at`;

function subscriptionOf(row: SubscriptionRow): WebhookSubscription {
  return {
    id: row.id,
    url: row.url,
    secret: row.secret,
    format: row.format,
    eventTypes: row.event_types,
    territoryIds: row.territory_ids,
    createdAt: row.created_at,
    removedAt: row.removed_at,
  };
}

/** A fresh secret: 32 random bytes, base64url (43 characters). */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Stores a checked subscription; it receives the events recorded from now on. */
export async function addSubscription(
  db: Queryable,
  draft: SubscriptionDraft,
): Promise<WebhookSubscription> {
  const checked = checkSubscriptionDraft(draft);
  const [row] = await db.query<SubscriptionRow>(
    `INSERT INTO webhook_subscriptions (id, url, secret, format, event_types, territory_ids)
     VALUES ($1, $2, $3, $4, $5::text[], $6::text[]) RETURNING ${subscriptionColumns}`,
    [
      `webhook-${randomUUID()}`,
      checked.url,
      checked.secret,
      checked.format,
      [...checked.eventTypes],
      [...checked.territoryIds],
    ],
  );
  if (!row) throw new Error('the subscription was not stored');
  return subscriptionOf(row);
}

export async function listSubscriptions(
  db: Queryable,
  { includeRemoved = false } = {},
): Promise<WebhookSubscription[]> {
  const rows = await db.query<SubscriptionRow>(
    `SELECT ${subscriptionColumns} FROM webhook_subscriptions
     ${includeRemoved ? '' : 'WHERE removed_at IS NULL'} ORDER BY created_at, id`,
  );
  return rows.map(subscriptionOf);
}

export async function subscriptionById(
  db: Queryable,
  id: string,
): Promise<WebhookSubscription | undefined> {
  const [row] = await db.query<SubscriptionRow>(
    `SELECT ${subscriptionColumns} FROM webhook_subscriptions WHERE id = $1`,
    [id],
  );
  return row && subscriptionOf(row);
}

/** Stops deliveries to a subscription (those queued are dropped when their turn comes). */
export async function removeSubscription(db: Queryable, id: string): Promise<void> {
  const rows = await db.query(
    `UPDATE webhook_subscriptions SET removed_at = now()
     WHERE id = $1 AND removed_at IS NULL RETURNING id`,
    [id],
  );
  if (rows.length === 0) throw new SubscriptionError(`No active webhook subscription "${id}"`);
}

type EventRow = {
  seq: string;
  history_index: number;
  action: string;
  status: Request['status'];
  current_step: number;
  territory_id: string;
  request: Request;
  partner_name: string | null;
  actor_name: string | null;
};

/**
 * A recorded event as endpoints receive it, composed from its row and its request (whose type,
 * partner, title and amounts never change once submitted). Undefined when the event is gone
 * (pruned) or its action has no event type.
 */
export async function loadWebhookEvent(
  db: Queryable,
  seq: string,
): Promise<WebhookEvent | undefined> {
  const [row] = await db.query<EventRow>(
    `SELECT e.seq::text AS seq, e.history_index, e.action, e.status, e.current_step,
       e.territory_id, r.doc AS request, p.doc->>'name' AS partner_name, u.doc->>'name' AS actor_name
     FROM request_events e
     JOIN requests r ON r.id = e.request_id
     LEFT JOIN partners p ON p.id = r.doc->>'partnerId'
     LEFT JOIN users u ON u.id = r.doc->'history'->e.history_index->>'actorId'
     WHERE e.seq = $1::bigint`,
    [seq],
  );
  if (!row) return undefined;
  const type = webhookEventType(row.action, row.status);
  const entry = row.request.history[row.history_index];
  if (!type || !entry) return undefined;
  const { request } = row;
  return {
    id: `request-event-${row.seq}`,
    type,
    occurredAt: entry.at,
    request: {
      id: request.id,
      type: request.type,
      title: request.title,
      status: row.status,
      currentStep: row.current_step,
      partnerId: request.partnerId,
      partnerName: row.partner_name,
      territoryId: row.territory_id,
      amount: request.amount,
      approvedAmount: request.approvedAmount ?? null,
      discountPercent: request.discountPercent,
    },
    actor: entry.actorId === null ? null : { id: entry.actorId, name: row.actor_name },
    note: entry.note,
  };
}

export type AttemptResult =
  { delivered: true; status: number } | { delivered: false; status: number | null; error: string };

/** Records one attempt in the delivery log. */
export async function recordAttempt(
  db: Queryable,
  subscriptionId: string,
  eventSeq: string,
  result: AttemptResult,
): Promise<void> {
  await db.query(
    `INSERT INTO webhook_deliveries AS d (subscription_id, event_seq, attempts, last_attempt_at,
       last_status, last_error, delivered_at)
     VALUES ($1, $2::bigint, 1, now(), $3, $4, CASE WHEN $5 THEN now() END)
     ON CONFLICT (subscription_id, event_seq) DO UPDATE SET
       attempts = d.attempts + 1, last_attempt_at = now(), last_status = EXCLUDED.last_status,
       last_error = EXCLUDED.last_error, delivered_at = EXCLUDED.delivered_at, dead_at = NULL`,
    [
      subscriptionId,
      eventSeq,
      result.status,
      result.delivered ? null : result.error,
      result.delivered,
    ],
  );
}

/** Puts a delivery on the dead-letter list: every retry failed. */
export async function recordDeadLetter(
  db: Queryable,
  subscriptionId: string,
  eventSeq: string,
): Promise<void> {
  await db.query(
    `INSERT INTO webhook_deliveries (subscription_id, event_seq, dead_at) VALUES ($1, $2::bigint, now())
     ON CONFLICT (subscription_id, event_seq) DO UPDATE SET dead_at = now()`,
    [subscriptionId, eventSeq],
  );
}

export type DeliveryLogEntry = {
  subscriptionId: string;
  eventSeq: string;
  eventType: WebhookEventType | undefined;
  requestId: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  deadAt: string | null;
};

/** The delivery log, newest first; `dead` only the dead-letter list. */
export async function deliveryLog(
  db: Queryable,
  { dead = false, limit = 100 }: { dead?: boolean; limit?: number } = {},
): Promise<DeliveryLogEntry[]> {
  const rows = await db.query<{
    subscription_id: string;
    event_seq: string;
    action: string;
    status: string;
    request_id: string;
    attempts: number;
    last_status: number | null;
    last_error: string | null;
    last_attempt_at: string | null;
    delivered_at: string | null;
    dead_at: string | null;
  }>(
    `SELECT d.subscription_id, d.event_seq::text AS event_seq, e.action, e.status, e.request_id,
       d.attempts, d.last_status, d.last_error,
       to_json(d.last_attempt_at)#>>'{}' AS last_attempt_at,
       to_json(d.delivered_at)#>>'{}' AS delivered_at, to_json(d.dead_at)#>>'{}' AS dead_at
     FROM webhook_deliveries d JOIN request_events e ON e.seq = d.event_seq
     ${dead ? 'WHERE d.dead_at IS NOT NULL' : ''}
     ORDER BY d.event_seq DESC, d.subscription_id LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    subscriptionId: row.subscription_id,
    eventSeq: row.event_seq,
    eventType: webhookEventType(row.action, row.status),
    requestId: row.request_id,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastAttemptAt: row.last_attempt_at,
    deliveredAt: row.delivered_at,
    deadAt: row.dead_at,
  }));
}

/**
 * Asks the next dispatch to deliver again: one dead delivery, or every dead one (one still
 * retrying is left to its retries). Answers how many were asked for; a named delivery that is
 * not on the dead-letter list is a SubscriptionError.
 */
export async function requestRetry(
  db: Queryable,
  target: { subscriptionId: string; eventSeq: string } | 'dead',
): Promise<number> {
  if (target === 'dead') {
    const rows = await db.query(
      `UPDATE webhook_deliveries SET retry_requested_at = now()
       WHERE dead_at IS NOT NULL RETURNING 1`,
    );
    return rows.length;
  }
  const rows = await db.query(
    `UPDATE webhook_deliveries SET retry_requested_at = now()
     WHERE subscription_id = $1 AND event_seq = $2::bigint AND dead_at IS NOT NULL
     RETURNING 1`,
    [target.subscriptionId, target.eventSeq],
  );
  if (rows.length === 0) {
    throw new SubscriptionError(
      `Event ${target.eventSeq} of subscription "${target.subscriptionId}" is not on the dead-letter list`,
    );
  }
  return rows.length;
}
