import Type, { type Static } from 'typebox';
import { CurrencyCode, Id, Name, Percent, StringEnum, Timestamp } from './primitives';
import { partnerTiers, partnerTypes, requestTypes, userRoles } from './vocabulary';

/**
 * The approval workflow as data (docs/workflow.md): per request type an ordered chain of steps,
 * each included when its routing condition holds, and the authority matrix a final approval is
 * checked against. Not a replicated collection: the store keeps definitions in a server-only
 * table, each version immutable, and every request names the version it started with.
 */

/** The definition every request follows until another is published. */
export const STANDARD_WORKFLOW_ID = 'workflow-standard';

/** Amounts in a definition: minor units of its base currency, so limits compare exactly. */
const BaseAmountMinor = Type.Integer({ minimum: 0, maximum: 1e15 });

/**
 * One way a step's condition holds: every field given must hold (fields left out always hold).
 * Amounts are the request's amount converted to the definition's base currency.
 */
const RoutingClause = Type.Object(
  {
    amountAboveMinor: Type.Optional(BaseAmountMinor),
    discountAbovePercent: Type.Optional(Percent),
    tierIn: Type.Optional(Type.Array(StringEnum(partnerTiers), { minItems: 1, maxItems: 4 })),
    tierNotIn: Type.Optional(Type.Array(StringEnum(partnerTiers), { minItems: 1, maxItems: 4 })),
    regionIn: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { minItems: 1, maxItems: 50 }),
    ),
    partnerTypeIn: Type.Optional(
      Type.Array(StringEnum(partnerTypes), { minItems: 1, maxItems: 4 }),
    ),
    /** The deal is priced below the pricebook (a deal registration then needs the deal desk). */
    pricingInvolved: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const WorkflowStep = Type.Object(
  {
    role: StringEnum(userRoles),
    slaHours: Type.Integer({ minimum: 1, maximum: 720 }),
    /** The step is included when any clause holds; an empty list includes it always. */
    when: Type.Array(RoutingClause, { maxItems: 20 }),
    /**
     * Who takes the step when its SLA is breached; left out: the next role up the authority
     * matrix (none above, or a role not in it: the step is not escalated).
     */
    escalateTo: Type.Optional(StringEnum(userRoles)),
  },
  { additionalProperties: false },
);

/**
 * When a request entering through intake needs nobody's decision: every field given must hold,
 * and the automatic checks must have found nothing (no channel conflict, the partner eligible,
 * the fund covering it). A request without an amount never satisfies `amountAtMostMinor`.
 */
const AutoApprovalRule = Type.Object(
  {
    tierIn: Type.Optional(Type.Array(StringEnum(partnerTiers), { minItems: 1, maxItems: 4 })),
    /** The request's amount converted to the base currency is at most this. */
    amountAtMostMinor: Type.Optional(BaseAmountMinor),
    discountAtMostPercent: Type.Optional(Percent),
    partnerTypeIn: Type.Optional(
      Type.Array(StringEnum(partnerTypes), { minItems: 1, maxItems: 4 }),
    ),
  },
  { additionalProperties: false },
);

const RequestWorkflow = Type.Object(
  {
    type: StringEnum(requestTypes),
    steps: Type.Array(WorkflowStep, { minItems: 1, maxItems: 20 }),
    /** The final approval must be within the approver's authority (discount and amount). */
    checksAuthority: Type.Boolean(),
    /** An open request not finally decided this many days after submission expires. */
    expiresAfterDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
    /** Optional (definitions before it have none): any rule holding approves at intake. */
    autoApproval: Type.Optional(Type.Array(AutoApprovalRule, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

/** The most a role may approve: a discount depth, and an amount (null: no limit). */
const AuthorityLimit = Type.Object(
  {
    role: StringEnum(userRoles),
    maxDiscountPercent: Percent,
    maxAmountMinor: Type.Union([BaseAmountMinor, Type.Null()]),
  },
  { additionalProperties: false },
);

export const WorkflowDefinitionSchema = Type.Object(
  {
    id: Id,
    /** 1, 2, 3 ...: a change is published as the next version; a version never changes. */
    version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    name: Name,
    baseCurrency: CurrencyCode,
    publishedAt: Timestamp,
    requestTypes: Type.Array(RequestWorkflow, { minItems: 1, maxItems: requestTypes.length }),
    /** Lowest authority first; a role not listed has no authority. */
    authority: Type.Array(AuthorityLimit, { maxItems: userRoles.length }),
  },
  { additionalProperties: false },
);

/** Which definition version a request follows, from submission to its final decision. */
export const WorkflowRefSchema = Type.Object(
  {
    definitionId: Id,
    version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  },
  { additionalProperties: false },
);

export type WorkflowDefinition = Static<typeof WorkflowDefinitionSchema>;
export type RequestWorkflow = Static<typeof RequestWorkflow>;
export type WorkflowStep = Static<typeof WorkflowStep>;
export type RoutingClause = Static<typeof RoutingClause>;
export type AutoApprovalRule = Static<typeof AutoApprovalRule>;
export type AuthorityLimit = Static<typeof AuthorityLimit>;
export type WorkflowRef = Static<typeof WorkflowRefSchema>;

/** What requests stored before definitions existed follow: version 1 is today's rules. */
export const STANDARD_WORKFLOW_V1: WorkflowRef = { definitionId: STANDARD_WORKFLOW_ID, version: 1 };
