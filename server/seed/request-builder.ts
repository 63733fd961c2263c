import { NOT_DUE } from '../../shared/rules/request-status';
import type { Decision, Partner, Request, RequestType, User, UserRole } from '../../shared/schema';
import { requestDefaults } from '../../shared/schema/request';
import { HOUR, isoAt, sequenceId, type GenerationContext } from './context';
import type { Random } from './random';
import { assigneeFor, roleLabels, seedWorkflow, slaHours } from './routing';

/** What a request is about and where it is routed; the builder adds time, steps and history. */
export type RequestDraft = {
  type: RequestType;
  partner: Partner;
  subjectId: string;
  title: string;
  amount: Request['amount'];
  discountPercent: number | null;
  roles: readonly UserRole[];
  /** Why the rules routed it this way, for the history. */
  routingNote: string;
  /** The partner employee who submitted it. */
  submittedBy: string;
  /** Extra history at submission (a conflict warning, the pre-approval a claim draws on). */
  submissionNotes?: readonly string[];
  /** The rep a SPIFF claim pays. */
  payee?: Request['payee'];
};

export type OpenShape = {
  /** Steps already approved; the next one is pending. */
  approvedSteps: number;
  /** How long the pending step has waited: past the SLA makes the request overdue. */
  pendingForMs: number;
  /** Returned once for more information and resubmitted, before any approval. */
  returnedOnce: boolean;
};

export type DecidedShape = {
  submittedMs: number;
  decidedMs: number;
  outcome: 'approved' | 'rejected';
  /** The last history entry's note: a rejection reason, an authorisation id. */
  finalNote: string;
};

export type BuiltRequest = { request: Request; decisions: Decision[] };

const approvalNotes = [
  'Approved.',
  'Looks good, approved.',
  'Partner eligible, no conflict found.',
  'Within my authority, approved.',
  'Checked against the plan: approved.',
];

const infoRequests: Record<RequestType, string> = {
  deal_registration: 'Please add the end customer contact and the expected close date.',
  special_pricing: 'Please attach the competitor quote that justifies this discount.',
  mdf_preapproval: 'Please add the expected leads and the activity budget breakdown.',
  mdf_claim: 'Please attach the invoices and the attendee list as proof of performance.',
  spiff_claim: 'Please list the won deals these units come from.',
  partner_onboarding: 'Please upload the signed NDA.',
};

/** Builds requests whose steps, history and decisions tell one consistent story. */
export function requestBuilder(context: GenerationContext, random: Random) {
  let requestCount = 0;
  let decisionCount = 0;
  const users: readonly User[] = context.users;

  function start(draft: RequestDraft, submittedMs: number) {
    requestCount += 1;
    const id = sequenceId('request', requestCount, 6);
    const steps: Request['steps'] = draft.roles.map((role, index) => ({
      index,
      role,
      assigneeId: assigneeFor(role, draft.partner, users),
      status: 'waiting',
      dueAt: null,
      decidedAt: null,
      decidedBy: null,
      decisionId: null,
    }));
    const history: Request['history'] = [
      {
        at: isoAt(submittedMs),
        actorId: null,
        action: 'submitted',
        note: `Submitted by ${draft.submittedBy}`,
      },
      {
        at: isoAt(submittedMs + 1000),
        actorId: null,
        action: 'routed',
        note: `Routed to ${draft.roles.map((role) => roleLabels[role]).join(' → ')}: ${draft.routingNote}`,
      },
      ...(draft.submissionNotes ?? []).map((note) => ({
        at: isoAt(submittedMs + 2000),
        actorId: null,
        action: 'comment' as const,
        note,
      })),
    ];
    const decisions: Decision[] = [];
    const decide = (
      stepIndex: number,
      action: Decision['action'],
      decidedMs: number,
      comment: string,
    ): string => {
      decisionCount += 1;
      const decisionId = sequenceId('decision', decisionCount, 6);
      const decidedBy = stepAt(steps, stepIndex).assigneeId;
      if (!decidedBy) throw new Error(`Step ${stepIndex} of ${id} has nobody to decide it`);
      decisions.push({
        id: decisionId,
        requestId: id,
        territoryId: draft.partner.territoryId,
        stepIndex,
        action,
        comment,
        amount: null,
        decidedBy,
        deviceId: `${decidedBy}-laptop`,
        decidedAt: isoAt(decidedMs),
        outcome: {
          status: 'applied',
          reason: null,
          supersededBy: null,
          recordedAt: isoAt(decidedMs + random.int(1, 30) * 1000),
        },
        updatedAt: context.updatedAt,
      });
      history.push({ at: isoAt(decidedMs), actorId: decidedBy, action, note: comment });
      return decisionId;
    };
    const request = (fields: Pick<Request, 'status' | 'currentStep' | 'dueAt'>): Request => ({
      id,
      type: draft.type,
      partnerId: draft.partner.id,
      territoryId: draft.partner.territoryId,
      subjectId: draft.subjectId,
      title: draft.title,
      amount: draft.amount,
      discountPercent: draft.discountPercent,
      ...fields,
      steps,
      slaHours: slaHours[draft.type],
      submittedAt: isoAt(submittedMs),
      history,
      workflow: { definitionId: seedWorkflow.id, version: seedWorkflow.version },
      ...requestDefaults(),
      payee: draft.payee ?? null,
      updatedAt: context.updatedAt,
    });
    return { steps, history, decisions, decide, request };
  }

  /** A request waiting at step `approvedSteps`, the steps before it approved on the way there. */
  function open(draft: RequestDraft, shape: OpenShape): BuiltRequest {
    const sla = slaHours[draft.type] * HOUR;
    const pendingSinceMs = context.nowMs - Math.round(shape.pendingForMs);
    // Walk back from the pending step: each earlier step took its own time to approve.
    const stepTimes: number[] = [];
    let atMs = pendingSinceMs;
    for (let index = shape.approvedSteps - 1; index >= 0; index -= 1) {
      stepTimes[index] = atMs;
      atMs -= Math.round(random.between(0.05, 1.1) * sla);
    }
    const returnGap = shape.returnedOnce ? Math.round(random.between(4, 48) * HOUR) : 0;
    const returnedMs = atMs - returnGap;
    const submittedMs = shape.returnedOnce
      ? returnedMs - Math.round(random.between(0.1, 0.9) * sla)
      : atMs;
    const built = start(draft, submittedMs);
    if (shape.returnedOnce) {
      built.steps[0] = { ...stepAt(built.steps, 0), dueAt: isoAt(submittedMs + sla) };
      built.decide(0, 'return_for_info', returnedMs, infoRequests[draft.type]);
      built.history.push({
        at: isoAt(atMs),
        actorId: null,
        action: 'resubmitted',
        note: 'Resubmitted with the requested details',
      });
    }
    let becamePendingMs = atMs;
    for (let index = 0; index < shape.approvedSteps; index += 1) {
      const decidedMs = stepTimes[index] ?? pendingSinceMs;
      const decisionId = built.decide(index, 'approve', decidedMs, random.pick(approvalNotes));
      const step = stepAt(built.steps, index);
      built.steps[index] = {
        ...step,
        status: 'approved',
        dueAt: isoAt(becamePendingMs + sla),
        decidedAt: isoAt(decidedMs),
        decidedBy: step.assigneeId,
        decisionId,
      };
      becamePendingMs = decidedMs;
    }
    const dueAt = isoAt(pendingSinceMs + sla);
    built.steps[shape.approvedSteps] = {
      ...stepAt(built.steps, shape.approvedSteps),
      status: 'pending',
      dueAt,
    };
    const status =
      shape.approvedSteps > 0
        ? 'pending_approval'
        : shape.returnedOnce || random.chance(0.7)
          ? 'under_review'
          : 'submitted';
    return {
      request: built.request({ status, currentStep: shape.approvedSteps, dueAt }),
      decisions: built.decisions,
    };
  }

  /** A request decided in full: every step approved, or rejected at one step (later skipped). */
  function decided(draft: RequestDraft, shape: DecidedShape): BuiltRequest {
    const sla = slaHours[draft.type] * HOUR;
    const built = start(draft, shape.submittedMs);
    const count = draft.roles.length;
    const rejectAt = shape.outcome === 'rejected' ? random.int(0, count - 1) : count;
    const lastDecided = Math.min(rejectAt, count - 1);
    const span = Math.max(shape.decidedMs - shape.submittedMs - 3000, lastDecided + 1);
    let becamePendingMs = shape.submittedMs;
    for (let index = 0; index < count; index += 1) {
      const step = stepAt(built.steps, index);
      if (index > lastDecided) {
        built.steps[index] = { ...step, status: 'skipped' };
        continue;
      }
      const decidedMs =
        shape.submittedMs + 3000 + Math.round((span * (index + 1)) / (lastDecided + 1));
      const rejecting = index === rejectAt;
      const note = index === lastDecided ? shape.finalNote : random.pick(approvalNotes);
      const decisionId = built.decide(index, rejecting ? 'reject' : 'approve', decidedMs, note);
      built.steps[index] = {
        ...step,
        status: rejecting ? 'rejected' : 'approved',
        dueAt: isoAt(becamePendingMs + sla),
        decidedAt: isoAt(decidedMs),
        decidedBy: step.assigneeId,
        decisionId,
      };
      becamePendingMs = decidedMs;
    }
    return {
      request: built.request({ status: shape.outcome, currentStep: count, dueAt: NOT_DUE }),
      decisions: built.decisions,
    };
  }

  return { open, decided };
}

function stepAt(steps: Request['steps'], index: number): Request['steps'][number] {
  const step = steps[index];
  if (!step) throw new Error(`No step ${index}`);
  return step;
}
