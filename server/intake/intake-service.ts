import type {
  IntakeExtension,
  IntakeResubmission,
  IntakeSubmission,
  IntakeWithdrawal,
} from '../../shared/api/intake';
import { isOpenRequest, NOT_DUE, openRequestStatuses } from '../../shared/rules/request-status';
import { spiffPayeeOf } from '../../shared/rules/spiff-payee';
import { requestsCollection, type Deal, type Request } from '../../shared/schema';
import type { Database, Queryable } from '../db/database';
import { dealRegistrationEffect } from '../decisions/effects/deal-registration';
import { subjectStoresOf } from '../decisions/effects/subject-ledger';
import { announceChange, documentStore, lockChangeFeed } from '../sync/document-store';
import { admitWithin, IntakeError, type Admitted, type IntakeStores } from './admission';
import { missingFields, payeeProblems } from './checks';
import * as read from './reads';

const HOUR_MS = 3_600_000;

/**
 * The intake API's operations, each in one transaction under the change-feed lock (so two
 * retries of one submission are judged one after the other and the second finds the first).
 */
export function intakeService(database: Database) {
  const stores: IntakeStores = {
    ...subjectStoresOf(database),
    requests: documentStore<Request>(database, requestsCollection),
  };
  const locked = <Result>(work: (tx: Queryable) => Promise<Result>) =>
    database.transaction(async (tx) => {
      await lockChangeFeed(tx);
      return work(tx);
    });

  async function originOf(tx: Queryable, source: string, externalId: string): Promise<Request> {
    const request = await read.requestByOrigin(tx, source, externalId);
    if (!request) {
      throw new IntakeError(404, 'not_found', `${source} submitted no request ${externalId}.`);
    }
    return request;
  }

  async function write(tx: Queryable, request: Request, at: Date): Promise<Request> {
    const [written] = await stores.requests.writeManyWithin(tx, [request], at);
    await announceChange(tx, 'requests');
    return written ?? request;
  }

  /** A registration's deal carries its request's status (an extension's deal keeps its own). */
  async function carryToDeal(tx: Queryable, request: Request, at: Date) {
    if (request.type !== 'deal_registration' || request.relatedRequestId !== null) return;
    const deal = await read.documentById<Deal>(tx, 'deals', request.subjectId, true);
    if (!deal) return;
    await stores.deals.writeManyWithin(tx, [dealRegistrationEffect(deal, request, at)], at);
    await announceChange(tx, 'deals');
  }

  return {
    submit(source: string, submission: IntakeSubmission, at = new Date()): Promise<Admitted> {
      const problems = missingFields(submission);
      const [first] = problems;
      if (first) {
        const message = `Invalid request: ${first.path} ${first.message}`;
        return Promise.reject(new IntakeError(400, 'bad_request', message, [], problems));
      }
      return locked((tx) => admitWithin(tx, stores, { source, submission, at }));
    },

    /** An info-requested request sent back: the step that returned it waits again. */
    resubmit(source: string, externalId: string, body: IntakeResubmission, at = new Date()) {
      return locked(async (tx) => {
        const request = await originOf(tx, source, externalId);
        if (request.status !== 'info_requested') {
          throw new IntakeError(
            409,
            'not_returned',
            `Request ${externalId} is ${request.status.replaceAll('_', ' ')}; only a request returned for information can be resubmitted.`,
          );
        }
        if (body.discountPercent !== undefined && request.type !== 'special_pricing') {
          throw new IntakeError(
            400,
            'bad_request',
            'Invalid request: /body/discountPercent is only for special pricing',
          );
        }
        if (body.amount !== undefined && request.amount === null) {
          throw new IntakeError(
            400,
            'bad_request',
            'Invalid request: /body/amount this request has no amount',
          );
        }
        if (body.amount !== undefined && body.amount.currency !== request.amount?.currency) {
          throw new IntakeError(
            400,
            'bad_request',
            'Invalid request: /body/amount must keep the currency it was asked in',
          );
        }
        const payee = resubmittedPayee(request, body);
        const dueAt = new Date(at.getTime() + request.slaHours * HOUR_MS).toISOString();
        const steps = request.steps.map((step) =>
          step.index === request.currentStep
            ? {
                ...step,
                status: 'pending' as const,
                dueAt,
                decidedAt: null,
                decidedBy: null,
                decisionId: null,
              }
            : step,
        );
        const resubmitted: Request = {
          ...request,
          amount: body.amount ?? request.amount,
          discountPercent: body.discountPercent ?? request.discountPercent,
          attachments: body.attachments ?? request.attachments,
          payee,
          status: 'under_review',
          steps,
          dueAt,
          history: [
            ...request.history,
            { at: at.toISOString(), actorId: null, action: 'resubmitted', note: body.note },
          ],
        };
        const written = await write(tx, resubmitted, at);
        await carryToDeal(tx, written, at);
        return written;
      });
    },

    /** The partner takes an open request back; withdrawing it again answers it as it is. */
    withdraw(source: string, externalId: string, body: IntakeWithdrawal, at = new Date()) {
      return locked(async (tx) => {
        const request = await originOf(tx, source, externalId);
        if (request.status === 'withdrawn') return request;
        if (!isOpenRequest(request.status)) {
          throw new IntakeError(
            409,
            'already_final',
            `Request ${externalId} is already ${request.status}; it cannot be withdrawn.`,
          );
        }
        const withdrawn: Request = {
          ...request,
          status: 'withdrawn',
          currentStep: request.steps.length,
          dueAt: NOT_DUE,
          steps: request.steps.map((step) =>
            step.status === 'pending' || step.status === 'waiting'
              ? { ...step, status: 'skipped' as const }
              : step,
          ),
          history: [
            ...request.history,
            { at: at.toISOString(), actorId: null, action: 'withdrawn', note: body.reason },
          ],
        };
        const written = await write(tx, withdrawn, at);
        await carryToDeal(tx, written, at);
        return written;
      });
    },

    /**
     * An approved registration's extension: a new deal-registration request following it
     * (relatedRequestId), decided through the workflow like any other (docs/intake-api.md).
     */
    extend(source: string, externalId: string, body: IntakeExtension, at = new Date()) {
      return locked(async (tx) => {
        const original = await originOf(tx, source, externalId);
        const protectedUntil =
          original.type === 'deal_registration' && original.status === 'approved'
            ? ((await read.documentById<Deal>(tx, 'deals', original.subjectId))
                ?.protectionExpiresAt ?? null)
            : null;
        if (
          original.relatedRequestId !== null ||
          protectedUntil === null ||
          Date.parse(protectedUntil) <= at.getTime()
        ) {
          throw new IntakeError(
            409,
            'not_extendable',
            `Request ${externalId} is not an approved registration whose protection still runs.`,
          );
        }
        const stored = await read.storedSubmission(tx, source, body.externalId);
        if (!stored && (await read.openFollowUps(tx, original.id, openRequestStatuses)) > 0) {
          throw new IntakeError(
            409,
            'extension_open',
            `An extension of ${externalId} is already open.`,
          );
        }
        const submission: IntakeSubmission = {
          externalId: body.externalId,
          type: 'deal_registration',
          partnerId: original.partnerId,
          submittedBy: body.submittedBy,
          note: body.note,
        };
        return admitWithin(tx, stores, { source, submission, extends: original, at });
      });
    },
  };
}

export type IntakeService = ReturnType<typeof intakeService>;

/** The rep a resubmitted SPIFF claim pays: the one the body names (the claim's may be missing). */
function resubmittedPayee(request: Request, body: IntakeResubmission): Request['payee'] {
  if (body.payee === undefined) return request.payee;
  if (request.type !== 'spiff_claim') {
    throw new IntakeError(
      400,
      'bad_request',
      'Invalid request: /body/payee is only for SPIFF claims: the rep a claim pays',
    );
  }
  const problems = payeeProblems(body.payee);
  const [first] = problems;
  if (first) {
    const message = `Invalid request: ${first.path} ${first.message}`;
    throw new IntakeError(400, 'bad_request', message, [], problems);
  }
  return spiffPayeeOf(body.payee).payee ?? request.payee;
}
