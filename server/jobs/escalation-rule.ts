import { awaitsDecision } from '../../shared/rules/request-status';
import type { Request, User, UserRole, WorkflowDefinition } from '../../shared/schema';
import { roleNames } from '../workflow/authority';

const HOUR_MS = 3_600_000;

/** The first active holder of `role` covering `territoryId`, by id; null when nobody does. */
export type HolderOf = (role: UserRole, territoryId: string) => string | null;

export function holdersFrom(users: readonly User[]): HolderOf {
  const sorted = users.filter((user) => user.active).sort((a, b) => a.id.localeCompare(b.id));
  return (role, territoryId) =>
    sorted.find((user) => user.role === role && user.territoryIds.includes(territoryId))?.id ??
    null;
}

/**
 * Whom a breached step of `role` goes to, as the definition says (docs/workflow.md,
 * "Escalation"): the step's `escalateTo`, else the next role up the authority matrix; none for
 * the top of the matrix or a role outside it. Also the SLA the escalated step gets.
 */
export function escalationTarget(
  definition: WorkflowDefinition,
  request: Pick<Request, 'type' | 'slaHours'>,
  role: UserRole,
): { role: UserRole; slaHours: number } | undefined {
  const chain = definition.requestTypes.find((workflow) => workflow.type === request.type);
  const step = chain?.steps.find((candidate) => candidate.role === role);
  const slaHours = step?.slaHours ?? request.slaHours;
  if (step?.escalateTo)
    return step.escalateTo === role ? undefined : { role: step.escalateTo, slaHours };
  const position = definition.authority.findIndex((limit) => limit.role === role);
  const above = position < 0 ? undefined : definition.authority[position + 1];
  return above ? { role: above.role, slaHours } : undefined;
}

/**
 * The request with its current step escalated, when that step's SLA ran out before `now` and
 * someone holds the role above; undefined when nothing is to be done. Escalating sets a new due
 * date, so the same request at the same `now` is escalated once (idempotent).
 *
 * When the next step already waits for the role escalated to (a CAM step whose manager step
 * follows), the breached step is skipped and the request moves on to that step, due by the new
 * date: the manager decides once, in the step the chain gave her, with its authority, instead of
 * approving the CAM's step and then her own.
 */
export function escalated(
  request: Request,
  definition: WorkflowDefinition | undefined,
  holderOf: HolderOf,
  now: Date,
): Request | undefined {
  const step = request.steps[request.currentStep];
  if (!definition || !step || !awaitsDecision(request.status) || step.status !== 'pending') {
    return undefined;
  }
  const dueAt = step.dueAt ?? request.dueAt;
  if (Date.parse(dueAt) >= now.getTime()) return undefined;
  const target = escalationTarget(definition, request, step.role);
  const assigneeId = target && holderOf(target.role, request.territoryId);
  if (!target || !assigneeId) return undefined;
  const at = now.toISOString();
  const newDueAt = new Date(now.getTime() + target.slaHours * HOUR_MS).toISOString();
  const next = request.steps[request.currentStep + 1];
  const merged = next?.status === 'waiting' && next.role === target.role ? next : undefined;
  const holder = merged?.assigneeId ?? assigneeId;
  const outcome = merged
    ? `the request moves on to step ${merged.index + 1} (${roleNames[target.role]} ${holder}), due ${newDueAt}`
    : `escalated to ${roleNames[target.role]} ${assigneeId}, due ${newDueAt}`;
  return {
    ...request,
    currentStep: merged ? merged.index : request.currentStep,
    steps: request.steps.map((candidate) => {
      if (candidate.index === step.index) {
        return merged
          ? { ...candidate, status: 'skipped' as const, decidedAt: at }
          : { ...candidate, role: target.role, assigneeId, dueAt: newDueAt };
      }
      if (merged && candidate.index === merged.index) {
        return { ...candidate, status: 'pending' as const, assigneeId: holder, dueAt: newDueAt };
      }
      return candidate;
    }),
    dueAt: newDueAt,
    history: [
      ...request.history,
      {
        at,
        actorId: null,
        action: 'escalated',
        note: `The SLA of step ${step.index + 1} (${roleNames[step.role]}, ${step.assigneeId ?? 'unassigned'}) ran out at ${dueAt}; ${outcome}.`,
      },
    ],
  };
}
