import { approvedAmountAfter, partialApprovalRefusal } from '../../shared/rules/partial-approval';
import type { Decision, Request, UserRole } from '../../shared/schema';
import { STANDARD_WORKFLOW_V1 } from '../../shared/schema';
import type { PushRow, WireDocument } from '../../shared/sync/protocol';
import type { Database, Queryable } from '../db/database';
import { announceChange, lockChangeFeed, type DocumentStore } from '../sync/document-store';
import { UNSCOPED_TERRITORY } from '../sync/scope';
import { issuesAuthorization, subjectEffect, withEffectNote } from './effects/subject-effect';
import {
  loadSubjects,
  nextAuthorizationNumber,
  subjectLedger,
  subjectStoresOf,
  type SubjectLedger,
  type SubjectStores,
} from './effects/subject-ledger';
import { standardAuthority } from '../workflow/standard-definition';
import {
  ensureStandardWorkflow,
  exchangeRates,
  refKey,
  workflowDefinitions,
} from '../workflow/workflow-store';
import { assigneeAbsences } from './assignee-absences';
import { judgeDecision, type Decider, type WorkflowContext } from './judge-decision';
import { unstorableTextPath, withStorableText } from './storable';

/**
 * The discount depth each role of the standard workflow may approve, for callers that only
 * estimate what a CAM can decide (bench/). The store judges by each request's own definition.
 */
export const defaultDiscountAuthority: Partial<Record<UserRole, number>> = Object.fromEntries(
  standardAuthority.map((limit) => [limit.role, limit.maxDiscountPercent]),
);

/** Where a decision that names no request in the decider's scope is filed. */
export { UNSCOPED_TERRITORY };

type Stores = {
  decisions: DocumentStore<Decision>;
  requests: DocumentStore<Request>;
  /** Where the documents requests are about live; by default, stores over the same database. */
  subjects?: SubjectStores;
};

/**
 * Decisions are commands: each pushed decision is judged and stored with exactly one outcome,
 * and pushing it again changes nothing. A push is judged in one transaction, in order, each
 * decision seeing the requests as the ones before it left them; a rejected decision is an
 * outcome, never an error, so it never blocks the ones queued behind it. Answers the stored
 * state of every pushed decision (RxDB takes it as the master state, so the client sees the
 * outcome at once).
 */
export function decisionService(database: Database, { decisions, requests, ...stores }: Stores) {
  const subjectStores = stores.subjects ?? subjectStoresOf(database);
  return {
    async submit(
      rows: PushRow<Decision>[],
      decider: Decider,
      now: () => Date = () => new Date(),
    ): Promise<WireDocument<Decision>[]> {
      if (rows.length === 0) return [];
      const claims = rows.map((row) => row.newDocumentState);
      return database.transaction(async (tx) => {
        await lockChangeFeed(tx);
        const at = now();
        const known = await decisions.getMany(
          claims.map((claim) => claim.id),
          tx,
        );
        const requestStates = await requests.getMany(
          claims.map((claim) => claim.requestId),
          tx,
          true,
        );
        const workflow = {
          ...(await workflowContext(tx, [...requestStates.values()])),
          absenceOf: await assigneeAbsences(tx, requestStates.values()),
        };
        const ledger = subjectLedger(
          await loadSubjects(tx, subjectStores, requestStates.values(), at),
        );
        const judged: Decision[] = [];
        const changedRequests = new Map<string, Request>();
        // A claim on an id another user's decision holds: answered, never stored or disclosed.
        const taken = new Map<string, Decision>();
        for (const claim of claims) {
          const stored = known.get(claim.id);
          if (stored && stored.decidedBy !== decider.userId) {
            taken.set(claim.id, idTaken(claim, decider, at));
            continue;
          }
          if (stored) continue;
          const { decision, request } = await withSubjectEffect(
            judgeClaim(claim, {
              request: requestStates.get(claim.requestId),
              decider,
              workflow,
              at,
            }),
            ledger,
            tx,
            at,
          );
          known.set(decision.id, decision);
          judged.push(decision);
          if (request) {
            requestStates.set(request.id, request);
            changedRequests.set(request.id, request);
          }
        }
        const stored = await decisions.writeManyWithin(tx, judged, at);
        for (const decision of stored) known.set(decision.id, decision);
        if (stored.length > 0) await announceChange(tx, 'decisions');
        if (changedRequests.size > 0) {
          await requests.writeManyWithin(tx, [...changedRequests.values()], at);
          await announceChange(tx, 'requests');
        }
        await ledger.write(tx, subjectStores, at);
        return claims.map((claim) => ({
          ...(taken.get(claim.id) ?? known.get(claim.id) ?? claim),
          _deleted: false,
        }));
      });
    },
  };
}

export type DecisionService = ReturnType<typeof decisionService>;

type ClaimContext = {
  request: Request | undefined;
  decider: Decider;
  workflow: WorkflowContext;
  at: Date;
};

function rejection(reason: string, at: Date) {
  return {
    outcome: {
      status: 'rejected' as const,
      reason,
      supersededBy: null,
      recordedAt: at.toISOString(),
    },
    request: undefined,
  };
}

/** The caller's own claim, refused: the id belongs to someone else's decision. */
function idTaken(claim: WireDocument<Decision>, decider: Decider, at: Date): Decision {
  const { _deleted: _ignored, ...decision } = withStorableText(claim);
  return {
    ...decision,
    decidedBy: decider.userId,
    outcome: rejection(
      `The decision id ${claim.id} is already taken; record the decision again with a new id.`,
      at,
    ).outcome,
  };
}

/** The decision as it will be stored (who decided is the caller, never the claim) and its effect. */
function judgeClaim(claimed: WireDocument<Decision>, context: ClaimContext) {
  const { request, decider, workflow, at } = context;
  const { _deleted: deleted, ...claimedDecision } = claimed;
  // The schema refuses such text; should any reach here, it is kept legible and rejected, since
  // a write PostgreSQL refuses would fail the whole push and block the outbox behind it.
  const unstorable = unstorableTextPath(claimedDecision);
  const decision = unstorable ? withStorableText(claimedDecision) : claimedDecision;
  const judgement = unstorable
    ? rejection(
        `${unstorable.slice(1)} holds a character the store cannot keep (NUL or a lone surrogate).`,
        at,
      )
    : deleted
      ? rejection('A decision cannot be deleted; record a new one instead.', at)
      : judgeDecision(decision, request, decider, workflow, at);
  // An applied decision (a delegate's may come from outside the territory) is filed with it.
  const visibleRequest =
    request && (decider.territoryIds.includes(request.territoryId) || judgement.request);
  return {
    decision: {
      ...decision,
      decidedBy: decider.userId,
      territoryId: visibleRequest ? request.territoryId : UNSCOPED_TERRITORY,
      outcome: judgement.outcome,
    },
    request: judgement.request,
  };
}

/**
 * The judgement with what it does to the request's subject (the deal, the fund, the partner),
 * recorded in the ledger to be written with it. A partial approval's amount is checked first
 * (shared/rules/partial-approval.ts) and kept as the request's `approvedAmount`, which the
 * effects grant. A decision whose amount cannot stand, or whose subject cannot take it (a fund
 * short of the amount, a claim above what is left, an incomplete onboarding), becomes a
 * rejection with the reason, and the request and its subject stay as they were.
 */
async function withSubjectEffect(
  judged: ReturnType<typeof judgeClaim>,
  ledger: SubjectLedger,
  tx: Queryable,
  at: Date,
): Promise<ReturnType<typeof judgeClaim>> {
  const refused = (reason: string) => ({
    decision: { ...judged.decision, outcome: rejection(reason, at).outcome },
    request: undefined,
  });
  if (!judged.request) return judged;
  const partialRefusal = partialApprovalRefusal(judged.request, judged.decision);
  if (partialRefusal !== null) return refused(partialRefusal);
  const decided = {
    ...judged.request,
    approvedAmount: approvedAmountAfter(judged.request, judged.decision),
  };
  const authorizationNumber = issuesAuthorization(decided)
    ? await nextAuthorizationNumber(tx)
    : null;
  const effect = subjectEffect(decided, ledger.subjects, { at, authorizationNumber });
  if (effect.refusal !== undefined) return refused(effect.refusal);
  if (effect.change) ledger.record(effect.change);
  const recorded = effect.note === undefined ? decided : withEffectNote(decided, effect.note, at);
  ledger.decided(recorded);
  return { ...judged, request: recorded };
}

/**
 * The definition versions the pushed requests started with, and the rates to their base
 * currencies. Version 1 of the standard workflow is what every request stored before migration
 * 006 names: a store that never had it published gets it the first time a request needs it.
 */
async function workflowContext(
  tx: Queryable,
  requests: readonly Request[],
): Promise<WorkflowContext> {
  const refs = requests.map((request) => request.workflow);
  let definitions = await workflowDefinitions(tx, refs);
  const standardKey = refKey(STANDARD_WORKFLOW_V1);
  if (refs.some((ref) => refKey(ref) === standardKey) && !definitions.has(standardKey)) {
    await ensureStandardWorkflow(tx);
    definitions = await workflowDefinitions(tx, refs);
  }
  const bases = [
    ...new Set([...definitions.values()].map((definition) => definition.baseCurrency)),
  ];
  return {
    definitionOf: (request) => definitions.get(refKey(request.workflow)),
    rates: await exchangeRates(tx, bases),
  };
}
