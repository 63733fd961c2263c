import type { Decision, DecisionAction, Request } from '../../../shared/schema';
import { lacksRequiredReason } from '../../../shared/rules/decision-reason';
import { partialApprovalRefusal } from '../../../shared/rules/partial-approval';
import type { CamDatabase } from '../../db/database';
import { decisionsBeingRecorded } from './decisions-being-recorded';

/** What a decision needs to know of its request. */
export type DecisionTarget = Pick<
  Request,
  'id' | 'territoryId' | 'currentStep' | 'type' | 'amount' | 'approvedAmount'
>;

export type DecisionInput = {
  request: DecisionTarget;
  action: DecisionAction;
  comment: string;
  /** A partial approval's amount (less than asked); null or absent approves what is asked. */
  amount?: Decision['amount'];
  userId: string;
  deviceId: string;
};

export class ReasonRequiredError extends Error {
  constructor(readonly action: DecisionAction) {
    super(`A reason is required to ${action.replaceAll('_', ' ')}`);
  }
}

/** An approved amount the store would refuse (shared/rules/partial-approval.ts says why). */
export class PartialApprovalError extends Error {}

/** The shared rule, so the UI refuses what the store would. */
export const needsReason = lacksRequiredReason;

/** Decisions being recorded right now, by request step: a second click joins the first. */
const recording = new Map<string, Promise<Decision>>();

/**
 * Records a decision in the local outbox (the decisions collection). It works offline; the sync
 * engine pushes it and the store's outcome replicates back into the same document. One click is
 * one decision: while this user's decision for the same request step waits for the store's
 * answer, deciding again returns that one instead of recording a second.
 */
export function recordDecision(database: CamDatabase, input: DecisionInput): Promise<Decision> {
  if (needsReason(input.action, input.comment)) {
    return Promise.reject(new ReasonRequiredError(input.action));
  }
  const refusal = partialApprovalRefusal(input.request, {
    action: input.action,
    amount: input.amount ?? null,
  });
  if (refusal) return Promise.reject(new PartialApprovalError(refusal));
  const key = recordingKey(input.request, input.userId);
  const inFlight = recording.get(key);
  if (inFlight) return inFlight;
  // Shown from the click on (decisions-being-recorded.ts), before the write resolves.
  const decision = newDecision(input, new Date().toISOString());
  decisionsBeingRecorded.add(decision);
  const recorded = insertUnlessWaiting(database, input, decision)
    .then(
      (stored) => {
        if (stored.id === decision.id) decisionsBeingRecorded.written(decision.id);
        else decisionsBeingRecorded.withdraw(decision);
        return stored;
      },
      (error: unknown) => {
        decisionsBeingRecorded.withdraw(
          decision,
          error instanceof Error ? error.message : String(error),
        );
        throw error;
      },
    )
    .finally(() => {
      recording.delete(key);
    });
  recording.set(key, recorded);
  return recorded;
}

const recordingKey = (request: DecisionTarget, userId: string) =>
  `${request.id}#${request.currentStep}#${userId}`;

async function insertUnlessWaiting(
  database: CamDatabase,
  input: DecisionInput,
  decision: Decision,
): Promise<Decision> {
  // By the request's index: the planner would otherwise rate `decidedBy` as good and walk
  // every decision this user ever made (thousands in a territory) to find this request's few.
  const mine = await database.decisions
    .find({
      selector: { requestId: input.request.id, decidedBy: input.userId },
      index: ['requestId'],
    })
    .exec();
  const waiting = mine.find(
    (stored) => stored.stepIndex === input.request.currentStep && !stored.outcome,
  );
  if (waiting) return waiting.toJSON();

  await database.decisions.insert(decision);
  return decision;
}

function newDecision(input: DecisionInput, now: string): Decision {
  return {
    id: crypto.randomUUID(),
    requestId: input.request.id,
    territoryId: input.request.territoryId,
    stepIndex: input.request.currentStep,
    action: input.action,
    comment: input.comment,
    amount: input.amount ?? null,
    decidedBy: input.userId,
    deviceId: input.deviceId,
    decidedAt: now,
    outcome: null,
    // The store stamps its own time; this one only orders the outbox.
    updatedAt: now,
  };
}

export type ApprovalsInput = {
  requests: readonly DecisionTarget[];
  comment: string;
  userId: string;
  deviceId: string;
};

export type RecordedApprovals = {
  /** Decisions this call recorded, one per request. */
  recorded: Decision[];
  /** Requests that already had my decision waiting (or being recorded): nothing new for them. */
  alreadyWaiting: string[];
};

/**
 * Approves many requests at once with the same rules as one click each: every request gets
 * its own decision, none gets a second while one waits for the store (or is being recorded).
 * All new decisions are written in one bulk insert, so they appear as waiting together.
 */
export async function recordApprovals(
  database: CamDatabase,
  input: ApprovalsInput,
): Promise<RecordedApprovals> {
  const unique = [...new Map(input.requests.map((request) => [request.id, request])).values()];
  const free = unique.filter((request) => !recording.has(recordingKey(request, input.userId)));
  const work = insertApprovals(database, input, free);
  // Registered before the first await: a click on one of them meanwhile joins this insert.
  for (const request of free) {
    const key = recordingKey(request, input.userId);
    const one = work.then(({ byRequest }) => {
      const decision = byRequest.get(request.id);
      if (!decision) throw new Error(`No approval was recorded for ${request.id}`);
      return decision;
    });
    recording.set(key, one);
    void one
      .finally(() => {
        recording.delete(key);
      })
      .catch(() => undefined);
  }
  const { recorded } = await work;
  const recordedIds = new Set(recorded.map((decision) => decision.requestId));
  return {
    recorded,
    alreadyWaiting: unique
      .filter((request) => !recordedIds.has(request.id))
      .map((request) => request.id),
  };
}

async function insertApprovals(
  database: CamDatabase,
  input: ApprovalsInput,
  requests: readonly DecisionTarget[],
) {
  // Shown from the click, like one decision (decisions-being-recorded.ts).
  const now = new Date().toISOString();
  const candidates = requests.map((request) =>
    newDecision({ ...input, request, action: 'approve' }, now),
  );
  for (const decision of candidates) decisionsBeingRecorded.add(decision);
  try {
    // The inbox's own query (every decision of mine), answered from memory while it is open;
    // a `requestId $in` would read the whole range between the smallest and largest id.
    const mine = await database.decisions.find({ selector: { decidedBy: input.userId } }).exec();
    const stepOf = new Map(requests.map((request) => [request.id, request.currentStep]));
    const byRequest = new Map<string, Decision>();
    for (const decision of mine) {
      if (!decision.outcome && decision.stepIndex === stepOf.get(decision.requestId)) {
        byRequest.set(decision.requestId, decision.toJSON());
      }
    }
    const recorded = candidates.filter((decision) => !byRequest.has(decision.requestId));
    for (const decision of candidates) {
      if (byRequest.has(decision.requestId)) decisionsBeingRecorded.withdraw(decision);
    }
    const result = await database.decisions.bulkInsert(recorded);
    if (result.error.length > 0) {
      throw new Error(`${result.error.length} of ${recorded.length} approvals were not recorded`);
    }
    for (const decision of recorded) {
      byRequest.set(decision.requestId, decision);
      decisionsBeingRecorded.written(decision.id);
    }
    return { recorded, byRequest };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    for (const decision of candidates) decisionsBeingRecorded.withdraw(decision, problem);
    throw error;
  }
}
