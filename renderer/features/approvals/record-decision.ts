import type { Decision, DecisionAction, Request } from '../../../shared/schema';
import { lacksRequiredReason } from '../../../shared/rules/decision-reason';
import type { CamDatabase } from '../../db/database';

export type DecisionInput = {
  request: Request;
  action: DecisionAction;
  comment: string;
  userId: string;
  deviceId: string;
};

export class ReasonRequiredError extends Error {
  constructor(readonly action: DecisionAction) {
    super(`A reason is required to ${action.replaceAll('_', ' ')}`);
  }
}

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
  const key = `${input.request.id}#${input.request.currentStep}#${input.userId}`;
  const inFlight = recording.get(key);
  if (inFlight) return inFlight;
  const recorded = insertUnlessWaiting(database, input).finally(() => {
    recording.delete(key);
  });
  recording.set(key, recorded);
  return recorded;
}

async function insertUnlessWaiting(database: CamDatabase, input: DecisionInput) {
  const mine = await database.decisions
    .find({ selector: { requestId: input.request.id, decidedBy: input.userId } })
    .exec();
  const waiting = mine.find(
    (decision) => decision.stepIndex === input.request.currentStep && !decision.outcome,
  );
  if (waiting) return waiting.toJSON() as Decision;

  const now = new Date().toISOString();
  const decision: Decision = {
    id: crypto.randomUUID(),
    requestId: input.request.id,
    territoryId: input.request.territoryId,
    stepIndex: input.request.currentStep,
    action: input.action,
    comment: input.comment,
    decidedBy: input.userId,
    deviceId: input.deviceId,
    decidedAt: now,
    outcome: null,
    // The store stamps its own time; this one only orders the outbox.
    updatedAt: now,
  };
  await database.decisions.insert(decision);
  return decision;
}
