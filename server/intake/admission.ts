import type { IntakeAnswer, IntakeConflict, IntakeSubmission } from '../../shared/api/intake';
import {
  STANDARD_WORKFLOW_ID,
  type Deal,
  type Fund,
  type Partner,
  type Request,
} from '../../shared/schema';
import { spiffPayeeOf } from '../../shared/rules/spiff-payee';
import { requestDefaults, type SpiffPayee } from '../../shared/schema/request';
import type { Queryable } from '../db/database';
import { channelConflictsFor } from '../deals/channel-conflicts';
import {
  issuesAuthorization,
  subjectEffect,
  withEffectNote,
} from '../decisions/effects/subject-effect';
import {
  nextAuthorizationNumber,
  subjectLedger,
  type SubjectStores,
} from '../decisions/effects/subject-ledger';
import { announceChange, type DocumentStore } from '../sync/document-store';
import { convertToBase } from '../workflow/exchange-rates';
import { standardWorkflowV1 } from '../workflow/standard-definition';
import {
  ensureStandardWorkflow,
  exchangeRates,
  latestWorkflowDefinition,
} from '../workflow/workflow-store';
import { eligibilityProblems } from './checks';
import { IntakeError, refused } from './intake-error';
import { subjectOf } from './subject';

export { IntakeError } from './intake-error';
import * as read from './reads';
import { autoApprovalRule, autoApproved, routedNote, routeNew, titleOf } from './request-draft';

export type Admitted = IntakeAnswer & { created: boolean };

/** What admission needs besides the body: who sent it and what else it follows. */
export type Admission = {
  source: string;
  submission: IntakeSubmission;
  /** An approved registration this one extends (the extension route). */
  extends?: Request;
  at: Date;
};

export type IntakeStores = SubjectStores & { requests: DocumentStore<Request> };

/** The rep as the request keeps them; `missingFields` refused the body if they cannot be. */
function keptPayee(submitted: NonNullable<IntakeSubmission['payee']>): SpiffPayee {
  const { payee } = spiffPayeeOf(submitted);
  if (!payee) throw new Error('missingFields lets no claim through with a rep it cannot keep');
  return payee;
}

/**
 * Admits one submission in the caller's transaction, which must hold the change-feed lock:
 * idempotency by (source, external id), the partner's eligibility, the subject (a new deal for a
 * registration, the fund and its balance, the pre-approval a claim draws on), channel
 * conflicts, routing by the newest workflow definition, auto-approval with its effect through
 * the decisions' own effects code; then the request, its deal and any effect are written with
 * change numbers and announced. The seed calls this too.
 */
export async function admitWithin(
  tx: Queryable,
  stores: IntakeStores,
  { source, submission, extends: extended, at }: Admission,
): Promise<Admitted> {
  const hash = read.bodyHash(submission);
  const stored = await read.storedSubmission(tx, source, submission.externalId);
  if (stored) {
    if (stored.bodySha256 !== hash) {
      throw new IntakeError(
        409,
        'external_id_taken',
        `${source} already submitted ${submission.externalId} with another body; send a new external id for a new request.`,
      );
    }
    const request = await read.documentById<Request>(tx, 'requests', stored.requestId);
    if (!request) throw new Error(`Intake request ${stored.requestId} is missing`);
    const autoApproved = request.history.some((entry) => entry.action === 'auto_approved');
    return { request, conflicts: stored.conflicts, autoApproved, created: false };
  }

  const today = at.toISOString().slice(0, 10);
  const partner = await read.documentById<Partner>(tx, 'partners', submission.partnerId);
  if (!partner) {
    throw new IntakeError(404, 'not_found', `No partner ${submission.partnerId} in the store.`);
  }
  const eligibility = eligibilityProblems(submission.type, {
    partner,
    contacts: await read.contactsOf(tx, partner.id),
    tierProgram: await read.tierProgramOn(tx, today),
    today,
  });
  if (eligibility.length > 0) {
    throw refused('ineligible', `Partner ${partner.id} may not submit this request.`, eligibility);
  }

  const subject = await subjectOf(tx, { source, submission, partner, extended, at });
  const amount = subject.deal?.amount ?? submission.amount ?? null;
  const found = subject.deal ? await channelConflictsFor(tx, { ...subject.deal }, at) : [];
  const conflicts: IntakeConflict[] = found.slice(0, 10).map(({ candidate, matchedBy }) => ({
    recordId: candidate.id,
    kind: candidate.kind,
    partnerId: candidate.kind === 'registration' ? candidate.partnerId : null,
    matchedBy,
  }));

  let definition = await latestWorkflowDefinition(tx, STANDARD_WORKFLOW_ID);
  if (!definition) {
    await ensureStandardWorkflow(tx);
    definition = standardWorkflowV1;
  }
  const conversion = amount
    ? convertToBase(
        amount,
        definition.baseCurrency,
        today,
        await exchangeRates(tx, [definition.baseCurrency]),
      )
    : null;
  if (conversion && !conversion.ok) throw refused('no_exchange_rate', conversion.reason);
  const facts = {
    type: submission.type,
    amountBaseMinor: conversion?.ok ? conversion.amountMinor : null,
    discountPercent: submission.discountPercent ?? null,
    tier: partner.tier,
    region: await read.territoryRegion(tx, partner.territoryId),
    partnerType: partner.type,
    pricingInvolved: submission.deal?.pricedBelowPricebook ?? false,
  };
  const staff = await read.staffOf(tx, partner.territoryId);
  const route = routeNew(definition, facts, partner, staff, at);
  const atIso = at.toISOString();
  const history: Request['history'] = [
    {
      at: atIso,
      actorId: null,
      action: 'submitted',
      note: `Submitted by ${submission.submittedBy} through ${source}${submission.note ? `: ${submission.note}` : ''}`,
    },
    { at: atIso, actorId: null, action: 'routed', note: routedNote(route.routed, definition) },
    ...conflicts.map((conflict) => ({
      at: atIso,
      actorId: null,
      action: 'comment' as const,
      note: `Possible channel conflict: ${conflict.recordId} (${conflict.matchedBy.join(', ').replaceAll('_', ' ')})`,
    })),
  ];
  if (extended) {
    history.push({
      at: atIso,
      actorId: null,
      action: 'extension_requested',
      note: `Extends ${extended.id}`,
    });
  }
  let request: Request = {
    id: read.intakeId('request', source, submission.externalId),
    type: submission.type,
    partnerId: partner.id,
    territoryId: partner.territoryId,
    subjectId: subject.id,
    title: titleOf(submission.type, partner, subject.deal?.endCustomer.name ?? null),
    amount,
    discountPercent: submission.discountPercent ?? null,
    status: 'submitted',
    currentStep: 0,
    steps: route.steps,
    slaHours: route.slaHours,
    submittedAt: atIso,
    dueAt: route.dueAt,
    history,
    workflow: { definitionId: definition.id, version: definition.version },
    ...requestDefaults(),
    intake: { source, externalId: submission.externalId },
    relatedRequestId: extended?.id ?? subject.relatedRequestId,
    attachments: submission.attachments ?? [],
    payee: submission.payee ? keptPayee(submission.payee) : null,
    updatedAt: atIso,
  };

  // A new registration's deal carries its request's status and the conflicts the check found.
  const deal =
    subject.deal && subject.created
      ? { ...subject.deal, conflictsWith: conflicts.map((conflict) => conflict.recordId) }
      : undefined;
  const ledger = subjectLedger({
    deals: new Map<string, Deal>(deal ? [[deal.id, deal]] : []),
    funds: new Map<string, Fund>(subject.fund ? [[subject.fund.id, subject.fund]] : []),
    partners: new Map<string, Partner>([[partner.id, partner]]),
    tierProgram: await read.tierProgramOn(tx, today),
  });
  const ruleIndex = extended ? null : autoApprovalRule(definition, facts, conflicts.length > 0);
  if (ruleIndex !== null) {
    const approved = autoApproved(request, ruleIndex, at);
    const authorizationNumber = issuesAuthorization(approved)
      ? await nextAuthorizationNumber(tx)
      : null;
    const effect = subjectEffect(approved, ledger.subjects, { at, authorizationNumber });
    if (effect.refusal === undefined) {
      request = effect.note === undefined ? approved : withEffectNote(approved, effect.note, at);
      if (effect.change) ledger.record(effect.change);
    }
  }
  const autoApprovedNow = request.status === 'approved';
  if (deal) {
    const current = ledger.subjects.deals.get(deal.id) ?? deal;
    await stores.deals.writeManyWithin(
      tx,
      [{ ...current, registrationStatus: request.status }],
      at,
    );
    await announceChange(tx, 'deals');
  }
  const [written] = await stores.requests.writeManyWithin(tx, [request], at);
  await announceChange(tx, 'requests');
  if (autoApprovedNow) await ledger.write(tx, stores, at);
  await read.recordSubmission(tx, {
    source,
    externalId: submission.externalId,
    bodySha256: hash,
    requestId: request.id,
    conflicts,
    at,
  });
  return { request: written ?? request, conflicts, autoApproved: autoApprovedNow, created: true };
}
