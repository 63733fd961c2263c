import { lacksRequiredReason } from '../../shared/rules/decision-reason';
import { grantedAmount, partialApprovalRefusal } from '../../shared/rules/partial-approval';
import { NOT_DUE, awaitsDecision } from '../../shared/rules/request-status';
import type {
  Decision,
  DecisionOutcome,
  Request,
  RequestStep,
  UserAbsence,
  UserRole,
  WorkflowDefinition,
} from '../../shared/schema';
import { authorityShortfall, roleNames } from '../workflow/authority';
import type { ExchangeRate } from '../workflow/exchange-rates';

/** Who is deciding, as the server knows them (never as the client claims). */
export type Decider = { userId: string; role: UserRole; territoryIds: readonly string[] };

/**
 * What the store knows of the workflow a request follows: the definition version it started
 * with (undefined when the store does not hold it) and the dated exchange rates.
 */
export type WorkflowContext = {
  definitionOf(request: Request): WorkflowDefinition | undefined;
  rates: readonly ExchangeRate[];
  /** The absence a user has on file (users' `away`); left out: nobody is away. */
  absenceOf?: (userId: string) => UserAbsence | null;
};

/** Why the decider may decide a step (docs/workflow.md, "Who may decide a step"). */
export type DecidingAs = 'assignee' | 'role_holder' | 'delegate';

/**
 * Who may decide a step, the one rule (docs/workflow.md): within the request's territory, its
 * assignee or anyone holding the step's role; anywhere, the assignee's delegate while the
 * assignee is away (`from <= now < until`). Answers why the decider may, or the refusal.
 */
export function mayDecideStep(
  step: Pick<RequestStep, 'role' | 'assigneeId'>,
  request: Pick<Request, 'territoryId'>,
  decider: Decider,
  absenceOf: (userId: string) => UserAbsence | null,
  now: Date,
): { as: DecidingAs; refusal?: undefined } | { as?: undefined; refusal: string } {
  const inTerritory = decider.territoryIds.includes(request.territoryId);
  if (inTerritory && step.assigneeId !== null && step.assigneeId === decider.userId) {
    return { as: 'assignee' };
  }
  if (inTerritory && step.role === decider.role) return { as: 'role_holder' };
  const absence = step.assigneeId === null ? null : absenceOf(step.assigneeId);
  if (absence && absence.delegateId === decider.userId) {
    const time = now.getTime();
    if (Date.parse(absence.from) <= time && time < Date.parse(absence.until)) {
      return { as: 'delegate' };
    }
  }
  return inTerritory
    ? { refusal: `needs ${roleNames[step.role]}; you are ${roleNames[decider.role]}.` }
    : { refusal: 'is not in your territories.' };
}

export type Judgement =
  | { outcome: DecisionOutcome; request?: undefined }
  | { outcome: DecisionOutcome; request: Request };

/**
 * Decides what a decision does, from the server's own data only: the request as stored, the
 * decider's role and territories, the authority of the workflow version the request started
 * with. Pure: the caller stores the result.
 *
 * Who may decide a step is `mayDecideStep`: the assignee, a holder of the step's role in the
 * request's territory, or the delegate of an assignee who is away at `now`. The decision records
 * who did. The first decision for a step wins; a later one is superseded.
 */
export function judgeDecision(
  decision: Decision,
  request: Request | undefined,
  decider: Decider,
  workflow: WorkflowContext,
  now: Date,
): Judgement {
  const at = now.toISOString();
  const rejected = (reason: string) => ({
    outcome: { status: 'rejected' as const, reason, supersededBy: null, recordedAt: at },
  });
  if (decision.decidedBy !== decider.userId) {
    return rejected(`The decision names ${decision.decidedBy} but was sent by ${decider.userId}.`);
  }
  if (lacksRequiredReason(decision.action, decision.comment)) {
    return rejected('A reason the partner can read is required to reject or return a request.');
  }
  const absenceOf = workflow.absenceOf ?? (() => null);
  const requestedStep = request?.steps[decision.stepIndex];
  const allowed =
    request && requestedStep
      ? mayDecideStep(requestedStep, request, decider, absenceOf, now)
      : undefined;
  // Only an absent assignee's delegate may decide outside their own territories.
  const delegate = allowed?.as === 'delegate';
  if (!request || (!decider.territoryIds.includes(request.territoryId) && !delegate)) {
    return rejected(`Request ${decision.requestId} is not in your territories.`);
  }
  const step = request.steps[decision.stepIndex];
  if (!step) {
    return rejected(`Request ${request.id} has no step ${decision.stepIndex + 1}.`);
  }
  if (step.decisionId !== null && step.decisionId !== decision.id) {
    return {
      outcome: {
        status: 'superseded',
        reason: `Step ${decision.stepIndex + 1} was already decided (${step.status}).`,
        supersededBy: step.decisionId,
        recordedAt: at,
      },
    };
  }
  if (step.status === 'skipped') {
    return rejected(
      `Step ${decision.stepIndex + 1} of request ${request.id} was skipped (its history says why); the request is ${request.status.replaceAll('_', ' ')}${awaitsDecision(request.status) ? ` at step ${request.currentStep + 1}` : ''}.`,
    );
  }
  if (!awaitsDecision(request.status) || decision.stepIndex !== request.currentStep) {
    return rejected(
      `Step ${decision.stepIndex + 1} of request ${request.id} is not waiting for a decision (the request is ${request.status.replaceAll('_', ' ')}).`,
    );
  }
  if (allowed?.refusal !== undefined) {
    return rejected(`Step ${decision.stepIndex + 1} ${allowed.refusal}`);
  }
  // Approving an earlier step forwards the request up the chain; only the final approval grants
  // what was asked, so only it must be within the approver's authority. What it grants is the
  // amount the approval names (a partial approval), else an earlier step's cut, else the ask.
  const finalStep = decision.stepIndex === request.steps.length - 1;
  if (decision.action === 'approve' && finalStep) {
    const definition = workflow.definitionOf(request);
    if (!definition) {
      return rejected(
        `Request ${request.id} follows workflow ${request.workflow.definitionId} version ${request.workflow.version}, which this store does not hold; it cannot be finally approved until that version is published.`,
      );
    }
    const granted =
      partialApprovalRefusal(request, decision) === null
        ? (decision.amount ?? grantedAmount(request))
        : request.amount;
    const shortfall = authorityShortfall(
      definition,
      decider.role,
      { ...request, amount: granted },
      workflow.rates,
    );
    if (shortfall) return rejected(shortfall);
  }
  return {
    outcome: { status: 'applied', reason: null, supersededBy: null, recordedAt: at },
    request: applyToRequest(request, decision, at, now),
  };
}

function applyToRequest(request: Request, decision: Decision, at: string, now: Date): Request {
  const stepStatus = {
    approve: 'approved',
    reject: 'rejected',
    return_for_info: 'returned',
  } as const;
  const steps = request.steps.map((step) =>
    step.index === decision.stepIndex
      ? {
          ...step,
          status: stepStatus[decision.action],
          decidedAt: at,
          decidedBy: decision.decidedBy,
          decisionId: decision.id,
        }
      : step,
  );
  const history = [
    ...request.history,
    { at, actorId: decision.decidedBy, action: decision.action, note: decision.comment },
  ];
  const next = steps[decision.stepIndex + 1];
  if (decision.action === 'approve' && next) {
    const dueAt = new Date(now.getTime() + request.slaHours * 3_600_000).toISOString();
    steps[decision.stepIndex + 1] = { ...next, status: 'pending', dueAt };
    return {
      ...request,
      steps,
      history,
      status: 'pending_approval',
      currentStep: decision.stepIndex + 1,
      dueAt,
    };
  }
  const status = {
    approve: 'approved',
    reject: 'rejected',
    return_for_info: 'info_requested',
  } as const;
  return {
    ...request,
    steps,
    history,
    status: status[decision.action],
    currentStep: decision.action === 'return_for_info' ? decision.stepIndex : steps.length,
    dueAt: NOT_DUE,
  };
}
