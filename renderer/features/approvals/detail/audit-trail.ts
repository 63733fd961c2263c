import type { Decision, OutcomeStatus, Request } from '../../../../shared/schema';
import { toCsv } from './csv';

type HistoryAction = Request['history'][number]['action'];

/** One line of a request's audit trail: a decision attempt, or an event of its history. */
export type AuditEntry = {
  at: string;
  kind: 'decision' | 'event';
  action: HistoryAction;
  /** The step a decision was for (0-based); null for events. */
  stepIndex: number | null;
  actorId: string | null;
  /** The device a decision was made on; unknown for what only the history records. */
  deviceId: string | null;
  /** What the store made of a decision; `waiting` until it answers; null for events. */
  outcome: OutcomeStatus | 'waiting' | null;
  outcomeReason: string | null;
  recordedAt: string | null;
  comment: string;
  decisionId: string | null;
};

const isDecisionAction = (action: HistoryAction): action is Decision['action'] =>
  action === 'approve' || action === 'reject' || action === 'return_for_info';

/**
 * Every decision attempt on the request (applied, superseded, refused or still waiting: the
 * decisions collection keeps them all) and every other event of its history, oldest first. The
 * history also records each applied decision, at the time the store applied it: that line is
 * the decision's own, so it is shown once, with the decision's device and outcome. A decision
 * in the history that this device has no document for (made before its sync window) stays as
 * the history tells it.
 */
export function auditTrail(
  request: Pick<Request, 'history'>,
  decisions: readonly Decision[],
): AuditEntry[] {
  const applied = new Set(
    decisions
      .filter((decision) => decision.outcome?.status === 'applied')
      .map((decision) =>
        appliedKey(decision.decidedBy, decision.action, decision.outcome?.recordedAt),
      ),
  );
  const entries: AuditEntry[] = decisions.map((decision) => ({
    at: decision.decidedAt,
    kind: 'decision',
    action: decision.action,
    stepIndex: decision.stepIndex,
    actorId: decision.decidedBy,
    deviceId: decision.deviceId,
    outcome: decision.outcome?.status ?? 'waiting',
    outcomeReason: decision.outcome?.reason ?? null,
    recordedAt: decision.outcome?.recordedAt ?? null,
    comment: decision.comment,
    decisionId: decision.id,
  }));
  for (const event of request.history) {
    const decided = isDecisionAction(event.action);
    if (decided && applied.has(appliedKey(event.actorId, event.action, event.at))) continue;
    entries.push({
      at: event.at,
      kind: decided ? 'decision' : 'event',
      action: event.action,
      stepIndex: null,
      actorId: event.actorId,
      deviceId: null,
      outcome: decided ? 'applied' : null,
      outcomeReason: null,
      recordedAt: decided ? event.at : null,
      comment: event.note,
      decisionId: null,
    });
  }
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function appliedKey(actorId: string | null, action: string, at: string | undefined): string {
  return `${actorId ?? ''}|${action}|${at ?? ''}`;
}

/** How the export names what it shows, in the reader's language. */
export type AuditLabels = {
  header: readonly string[];
  action(action: HistoryAction): string;
  outcome(outcome: NonNullable<AuditEntry['outcome']>): string;
  person(userId: string | null): string;
};

/**
 * The audit trail as CSV: one record per entry, times in ISO 8601 (UTC) so any tool reads
 * them, words in the reader's language, ids kept for tracing.
 */
export function auditCsv(requestId: string, entries: readonly AuditEntry[], labels: AuditLabels) {
  const records = entries.map((entry) => [
    requestId,
    entry.at,
    labels.action(entry.action),
    entry.stepIndex === null ? '' : String(entry.stepIndex + 1),
    labels.person(entry.actorId),
    entry.deviceId ?? '',
    entry.outcome === null ? '' : labels.outcome(entry.outcome),
    entry.outcomeReason ?? '',
    entry.recordedAt ?? '',
    entry.comment,
    entry.decisionId ?? '',
  ]);
  return toCsv([labels.header, ...records]);
}
