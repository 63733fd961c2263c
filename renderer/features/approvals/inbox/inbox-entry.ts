import { awaitsDecision } from '../../../../shared/rules/request-status';
import type { Request, RequestType, User } from '../../../../shared/schema';

/**
 * What the inbox keeps of one request: only the fields its rows, search and filters read. The
 * full document (history, steps) stays in RxDB and is read for the selected request only.
 */
export type InboxEntry = {
  id: string;
  type: RequestType;
  partnerId: string;
  territoryId: string;
  /** The deal, fund, program or partner the request is about (a deal for registrations). */
  subjectId: string;
  /** The seed's stored title: searched, never shown (rows compose theirs from the fields). */
  storedTitle: string;
  amount: Request['amount'];
  /** An earlier step's cut of the amount (a partial approval), else null. */
  approvedAmount: Request['approvedAmount'];
  discountPercent: number | null;
  dueAt: string;
  dueAtMs: number;
  status: Request['status'];
  currentStep: number;
  stepCount: number;
  /** Who the current step waits for (undefined past the last step). */
  stepRole: User['role'] | undefined;
  stepAssigneeId: string | null;
  /**
   * When the current round began (submission or the latest resubmission): a decision made
   * before it belongs to an earlier round and no longer counts for this request.
   */
  roundStartedAt: string;
};

/** The signed-in user as the inbox needs them. */
export type Decider = Pick<User, 'id' | 'role' | 'territoryIds'>;

/**
 * Whose requests the inbox lists: `mine` is the steps assigned to me (or to nobody yet) in my
 * role; `role` is every step of my role in my territories, the team's queue.
 */
export type InboxScope = 'mine' | 'role';

/**
 * True when the request's current step waits for this decider: a status awaiting a decision, in
 * one of their territories, at a step of their role and (for `mine`) assigned to them or nobody.
 */
export function waitsFor(entry: InboxEntry, decider: Decider, scope: InboxScope): boolean {
  if (!awaitsDecision(entry.status)) return false;
  if (!decider.territoryIds.includes(entry.territoryId)) return false;
  if (entry.stepRole === undefined || entry.stepRole !== decider.role) return false;
  return scope === 'role' || entry.stepAssigneeId === null || entry.stepAssigneeId === decider.id;
}

export function toInboxEntry(request: Request): InboxEntry {
  let roundStartedAt = request.submittedAt;
  for (const entry of request.history) {
    if (
      (entry.action === 'submitted' || entry.action === 'resubmitted') &&
      entry.at > roundStartedAt
    )
      roundStartedAt = entry.at;
  }
  const step = request.steps[request.currentStep];
  return {
    id: request.id,
    type: request.type,
    partnerId: request.partnerId,
    territoryId: request.territoryId,
    subjectId: request.subjectId,
    storedTitle: request.title,
    amount: request.amount,
    approvedAmount: request.approvedAmount,
    discountPercent: request.discountPercent,
    dueAt: request.dueAt,
    dueAtMs: Date.parse(request.dueAt),
    status: request.status,
    currentStep: request.currentStep,
    stepCount: request.steps.length,
    stepRole: step?.role,
    stepAssigneeId: step?.assigneeId ?? null,
    roundStartedAt,
  };
}

/** SLA urgency: the most overdue first, then the soonest due; ties by id so the order is stable. */
export function byUrgency(a: InboxEntry, b: InboxEntry): number {
  return a.dueAtMs - b.dueAtMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How long past its SLA a request is, in milliseconds; 0 when it is not overdue. */
export function overdueBy(entry: InboxEntry, now: number): number {
  return Math.max(0, now - entry.dueAtMs);
}
