import type {
  PartnerTier,
  PartnerType,
  RequestType,
  RequestWorkflow,
  RoutingClause,
  UserRole,
  WorkflowDefinition,
} from '../../shared/schema';

/** What routing reads of a request, its amount already in the definition's base currency. */
export type RoutingFacts = {
  type: RequestType;
  /** The request's amount in minor units of the base currency; null when no money is involved. */
  amountBaseMinor: number | null;
  discountPercent: number | null;
  tier: PartnerTier;
  region: string;
  partnerType: PartnerType;
  pricingInvolved: boolean;
};

export type RoutedStep = { role: UserRole; slaHours: number };

export function workflowFor(definition: WorkflowDefinition, type: RequestType): RequestWorkflow {
  const workflow = definition.requestTypes.find((candidate) => candidate.type === type);
  if (!workflow) {
    throw new Error(
      `Workflow ${definition.id} version ${definition.version} has no chain for ${type}`,
    );
  }
  return workflow;
}

/** Every field a clause gives must hold; an amount or discount the request lacks never does. */
export function clauseHolds(clause: RoutingClause, facts: RoutingFacts): boolean {
  const { amountBaseMinor, discountPercent } = facts;
  return (
    (clause.amountAboveMinor === undefined ||
      (amountBaseMinor !== null && amountBaseMinor > clause.amountAboveMinor)) &&
    (clause.discountAbovePercent === undefined ||
      (discountPercent !== null && discountPercent > clause.discountAbovePercent)) &&
    (clause.tierIn === undefined || clause.tierIn.includes(facts.tier)) &&
    (clause.tierNotIn === undefined || !clause.tierNotIn.includes(facts.tier)) &&
    (clause.regionIn === undefined || clause.regionIn.includes(facts.region)) &&
    (clause.partnerTypeIn === undefined || clause.partnerTypeIn.includes(facts.partnerType)) &&
    (clause.pricingInvolved === undefined || clause.pricingInvolved === facts.pricingInvolved)
  );
}

/** The steps a request goes through, in order: those whose condition holds (no condition: always). */
export function routeRequest(definition: WorkflowDefinition, facts: RoutingFacts): RoutedStep[] {
  return workflowFor(definition, facts.type)
    .steps.filter(
      (step) => step.when.length === 0 || step.when.some((clause) => clauseHolds(clause, facts)),
    )
    .map(({ role, slaHours }) => ({ role, slaHours }));
}
