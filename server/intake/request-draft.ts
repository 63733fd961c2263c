import { NOT_DUE } from '../../shared/rules/request-status';
import type {
  AutoApprovalRule,
  Partner,
  Request,
  User,
  UserRole,
  WorkflowDefinition,
} from '../../shared/schema';
import { roleNames } from '../workflow/authority';
import { routeRequest, workflowFor, type RoutedStep, type RoutingFacts } from '../workflow/route';

const HOUR_MS = 3_600_000;

/**
 * Who holds a routed step: the partner's account owner for the CAM step when that owner covers
 * the territory, else the first holder of the role in the territory (the seed's rule,
 * server/seed/routing.ts); nobody when the territory has no such person (any holder of the role
 * may still decide it: docs/workflow.md).
 */
export function assigneeOf(
  role: UserRole,
  partner: Partner,
  staff: readonly User[],
): string | null {
  const holders = staff.filter((user) => user.role === role);
  if (role === 'cam' && partner.accountOwnerId) {
    const owner = holders.find((user) => user.id === partner.accountOwnerId);
    if (owner) return owner.id;
  }
  return holders[0]?.id ?? null;
}

/** The routed steps, the first pending from `at` on, the others waiting. */
export function stepsFor(
  routed: readonly RoutedStep[],
  partner: Partner,
  staff: readonly User[],
  at: Date,
): Request['steps'] {
  return routed.map((step, index) => ({
    index,
    role: step.role,
    assigneeId: assigneeOf(step.role, partner, staff),
    status: index === 0 ? 'pending' : 'waiting',
    dueAt: index === 0 ? new Date(at.getTime() + step.slaHours * HOUR_MS).toISOString() : null,
    decidedAt: null,
    decidedBy: null,
    decisionId: null,
  }));
}

export function routedNote(routed: readonly RoutedStep[], definition: WorkflowDefinition): string {
  const chain = routed.map((step) => roleNames[step.role]).join(' → ');
  return `Routed to ${chain} by workflow ${definition.id} version ${definition.version}`;
}

/** Routes and starts a request: its steps and SLA as the definition's chain gives them. */
export function routeNew(
  definition: WorkflowDefinition,
  facts: RoutingFacts,
  partner: Partner,
  staff: readonly User[],
  at: Date,
) {
  const routed = routeRequest(definition, facts);
  const steps = stepsFor(routed, partner, staff, at);
  const first = steps[0];
  return {
    routed,
    steps,
    slaHours: routed[0]?.slaHours ?? 72,
    dueAt: first?.dueAt ?? NOT_DUE,
  };
}

function ruleHolds(rule: AutoApprovalRule, facts: RoutingFacts): boolean {
  return (
    (rule.tierIn === undefined || rule.tierIn.includes(facts.tier)) &&
    (rule.partnerTypeIn === undefined || rule.partnerTypeIn.includes(facts.partnerType)) &&
    (rule.amountAtMostMinor === undefined ||
      (facts.amountBaseMinor !== null && facts.amountBaseMinor <= rule.amountAtMostMinor)) &&
    (rule.discountAtMostPercent === undefined ||
      (facts.discountPercent !== null && facts.discountPercent <= rule.discountAtMostPercent))
  );
}

/**
 * The auto-approval rule of the definition that approves this request, by its index, or null.
 * Only a request the checks found nothing against may be approved so (no conflict listed).
 */
export function autoApprovalRule(
  definition: WorkflowDefinition,
  facts: RoutingFacts,
  conflictsFound: boolean,
): number | null {
  if (conflictsFound) return null;
  const rules = workflowFor(definition, facts.type).autoApproval ?? [];
  const index = rules.findIndex((rule) => ruleHolds(rule, facts));
  return index === -1 ? null : index;
}

/** The request approved at intake: no step needs anyone, every one skipped, a final status. */
export function autoApproved(request: Request, ruleIndex: number, at: Date): Request {
  return {
    ...request,
    status: 'approved',
    currentStep: request.steps.length,
    dueAt: NOT_DUE,
    steps: request.steps.map((step) => ({ ...step, status: 'skipped', dueAt: null })),
    history: [
      ...request.history,
      {
        at: at.toISOString(),
        actorId: null,
        action: 'auto_approved',
        note: `Approved automatically by rule ${ruleIndex + 1} of workflow ${request.workflow.definitionId} version ${request.workflow.version}: no conflict found`,
      },
    ],
  };
}

/** A request's title, composed from its fields (the app composes its own in the CAM's language). */
export function titleOf(type: Request['type'], partner: Partner, customer: string | null): string {
  const label: Record<Request['type'], string> = {
    deal_registration: 'Deal registration',
    special_pricing: 'Special pricing',
    mdf_preapproval: 'MDF pre-approval',
    mdf_claim: 'MDF claim',
    spiff_claim: 'SPIFF claim',
    partner_onboarding: 'Onboarding application',
  };
  return `${label[type]} · ${customer ?? partner.name}`.slice(0, 200);
}
