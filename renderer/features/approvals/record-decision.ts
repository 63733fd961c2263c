import type { Decision, DecisionAction, Request } from '../../../shared/schema';
import type { CamDatabase } from '../../db/database';

export type DecisionInput = {
  request: Request;
  action: DecisionAction;
  comment: string;
  userId: string;
  deviceId: string;
};

/**
 * Records a decision in the local outbox (the decisions collection). It works offline; the sync
 * engine pushes it and the store's outcome replicates back into the same document.
 */
export async function recordDecision(
  database: CamDatabase,
  input: DecisionInput,
): Promise<Decision> {
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
