import { openRequestStatuses } from '../../shared/rules/request-status';
import {
  closedDealStages,
  dealsCollection,
  requestsCollection,
  type Deal,
  type Request,
  type WorkflowDefinition,
} from '../../shared/schema';
import type { Database, Queryable } from '../db/database';
import { dealRegistrationEffect } from '../decisions/effects/deal-registration';
import { announceChange, documentStore, lockChangeFeed } from '../sync/document-store';
import { expired, expiryCutOff } from './expiry-rule';

/** At most this many requests and deals per run and kind; the next run takes the rest. */
export const EXPIRY_BATCH = 500;

/**
 * The expiry job (docs/workflow.md, "Expiry"), in one transaction under the change-feed lock:
 * - an approved deal registration whose protection period ended at or before `now`, on a deal
 *   still open: the deal's registration status and its request become expired (a won or lost
 *   deal keeps its approved registration: the protection did its work);
 * - an open request past its definition's `expiresAfterDays`: expired, and so is its deal's
 *   registration when it is a deal registration.
 * Each expired request gets an `expired` history entry; a second run at the same `now` finds
 * nothing. Answers the ids of the requests and deals expired.
 */
export async function expireRequests(
  database: Database,
  now: Date,
): Promise<{ requests: string[]; deals: string[] }> {
  const requests = documentStore<Request>(database, requestsCollection);
  const deals = documentStore<Deal>(database, dealsCollection);
  return database.transaction(async (tx) => {
    await lockChangeFeed(tx);
    const at = now.toISOString();
    const endedDeals = (
      await tx.query<{ doc: Deal }>(
        `SELECT doc FROM deals
         WHERE NOT deleted AND doc->>'registrationStatus' = 'approved'
           AND doc->>'protectionExpiresAt' <= $1
           AND NOT doc->>'stage' = ANY($3::text[])
         ORDER BY id LIMIT $2 FOR UPDATE`,
        [at, EXPIRY_BATCH, closedDealStages],
      )
    ).map((row) => row.doc);
    const changedRequests = new Map<string, Request>();
    for (const request of await registrationRequestsOf(tx, endedDeals)) {
      const deal = endedDeals.find((candidate) => candidate.id === request.subjectId);
      const reason = `The protection period ended at ${deal?.protectionExpiresAt ?? at}.`;
      const expiredRequest = expired(request, now, reason);
      if (expiredRequest) changedRequests.set(request.id, expiredRequest);
    }
    for (const request of await overdueOpenRequests(tx, now)) {
      const reason = `Not decided by ${at}, when it expired under workflow ${request.workflow.definitionId} version ${request.workflow.version}.`;
      const expiredRequest = expired(request, now, reason);
      if (expiredRequest) changedRequests.set(request.id, expiredRequest);
    }
    const expiredRegistrations = [...changedRequests.values()].filter(
      (request) => request.type === 'deal_registration',
    );
    const dealsById = new Map(endedDeals.map((deal) => [deal.id, deal]));
    const missing = expiredRegistrations
      .map((request) => request.subjectId)
      .filter((id) => !dealsById.has(id));
    for (const [id, deal] of await deals.getMany(missing, tx, true)) dealsById.set(id, deal);
    const changedDeals = [...dealsById.values()].map((deal) => {
      const request = expiredRegistrations.find((candidate) => candidate.subjectId === deal.id);
      // The deal carries its request's status (effects/deal-registration.ts).
      return request
        ? dealRegistrationEffect(deal, request, now)
        : { ...deal, registrationStatus: 'expired' as const };
    });
    if (changedRequests.size > 0) {
      await requests.writeManyWithin(tx, [...changedRequests.values()], now);
      await announceChange(tx, 'requests');
    }
    if (changedDeals.length > 0) {
      await deals.writeManyWithin(tx, changedDeals, now);
      await announceChange(tx, 'deals');
    }
    return {
      requests: [...changedRequests.keys()],
      deals: changedDeals.map((deal) => deal.id),
    };
  });
}

/** The approved deal-registration requests of these deals. */
async function registrationRequestsOf(tx: Queryable, endedDeals: readonly Deal[]) {
  if (endedDeals.length === 0) return [];
  const rows = await tx.query<{ doc: Request }>(
    `SELECT doc FROM requests
     WHERE NOT deleted AND doc->>'type' = 'deal_registration' AND doc->>'status' = 'approved'
       AND doc->>'subjectId' = ANY($1::text[])
     ORDER BY id FOR UPDATE`,
    [endedDeals.map((deal) => deal.id)],
  );
  return rows.map((row) => row.doc);
}

/**
 * Open requests past their definition's expiry, read by SQL against each chain's cut-off
 * (submitted at or before `now` minus its days), so requests not yet due are never read.
 */
async function overdueOpenRequests(tx: Queryable, now: Date): Promise<Request[]> {
  const definitions = (
    await tx.query<{ definition: WorkflowDefinition }>(
      `SELECT definition FROM workflow_definitions
       WHERE jsonb_path_exists(definition, '$.requestTypes[*].expiresAfterDays')`,
    )
  ).map((row) => row.definition);
  const rules = definitions.flatMap((definition) =>
    definition.requestTypes.flatMap((workflow) => {
      const cutOff = expiryCutOff(workflow.expiresAfterDays, now);
      return cutOff ? [{ definition, type: workflow.type, cutOff }] : [];
    }),
  );
  if (rules.length === 0) return [];
  const rows = await tx.query<{ doc: Request }>(
    `SELECT r.doc FROM requests r
     JOIN unnest($2::text[], $3::integer[], $4::text[], $5::text[])
       AS rule(definition_id, version, type, cut_off)
       ON r.doc->'workflow'->>'definitionId' = rule.definition_id
      AND (r.doc->'workflow'->>'version')::integer = rule.version
      AND r.doc->>'type' = rule.type AND r.doc->>'submittedAt' <= rule.cut_off
     WHERE NOT r.deleted AND r.doc->>'status' = ANY($1::text[])
     ORDER BY r.doc->>'submittedAt', r.id LIMIT $6 FOR UPDATE OF r`,
    [
      openRequestStatuses,
      rules.map((rule) => rule.definition.id),
      rules.map((rule) => rule.definition.version),
      rules.map((rule) => rule.type),
      rules.map((rule) => rule.cutOff),
      EXPIRY_BATCH,
    ],
  );
  return rows.map((row) => row.doc);
}
