import type { IntakeSubmission } from '../../shared/api/intake';
import type { ApiErrorDetail } from '../../shared/api/errors';
import { spiffPayeeOf } from '../../shared/rules/spiff-payee';
import type { Contact, Fund, Partner, Program, Request } from '../../shared/schema';
import { formatAmount } from '../workflow/exchange-rates';

/**
 * The automatic checks of a submission that need no routing (docs/intake-api.md): the fields
 * its type requires, and whether the partner may ask it. Pure: the caller reads the documents
 * in its transaction.
 */

/** The fields each request type requires or refuses, beyond the body's shape: 400 when wrong. */
export function missingFields(submission: IntakeSubmission): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  const need = (field: keyof IntakeSubmission, why: string) => {
    if (submission[field] === undefined) problems.push({ path: `/body/${field}`, message: why });
  };
  const refuse = (field: keyof IntakeSubmission, why: string) => {
    if (submission[field] !== undefined) problems.push({ path: `/body/${field}`, message: why });
  };
  switch (submission.type) {
    case 'deal_registration':
      need('deal', 'is required: a deal registration registers a deal');
      refuse('subjectId', 'must be left out: the store creates the registered deal');
      refuse('amount', 'must be left out: a registration is worth its deal lines');
      refuse('discountPercent', 'must be left out: ask for a discount with special pricing');
      break;
    case 'special_pricing':
      need('subjectId', 'is required: the registered deal the price is for');
      need('amount', 'is required: the deal value the special price applies to');
      need('discountPercent', 'is required for special pricing');
      break;
    case 'mdf_preapproval':
      need('subjectId', 'is required: the fund the activity draws on');
      need('amount', 'is required: the amount to pre-approve');
      break;
    case 'mdf_claim':
      need('relatedRequestId', 'is required: the approved MDF pre-approval the claim draws on');
      need('amount', 'is required: the amount claimed');
      refuse('subjectId', "must be left out: the claim's fund is its pre-approval's");
      break;
    case 'spiff_claim':
      need('subjectId', 'is required: the SPIFF program the claim is under');
      need('amount', 'is required: the payout claimed');
      need('payee', 'is required: the partner sales rep the payout is owed to');
      break;
    case 'partner_onboarding':
      refuse('subjectId', 'must be left out: the application is about the partner itself');
      refuse('amount', 'must be left out: an application has no amount');
      break;
  }
  if (submission.type !== 'deal_registration') {
    refuse('deal', 'is only for deal registrations');
  }
  if (submission.type !== 'mdf_claim') {
    refuse('relatedRequestId', 'is only for MDF claims (extensions have their own route)');
  }
  if (submission.type !== 'special_pricing') {
    refuse('discountPercent', 'is only for special pricing');
  }
  if (submission.type !== 'spiff_claim') {
    refuse('payee', 'is only for SPIFF claims: the rep a claim pays');
  }
  if (submission.payee) problems.push(...payeeProblems(submission.payee));
  if (submission.amount !== undefined && submission.amount.amountMinor <= 0) {
    problems.push({ path: '/body/amount', message: 'must be more than zero' });
  }
  const lines = submission.deal?.lines ?? [];
  if (lines.some((line) => line.unitPrice.amountMinor < 0)) {
    problems.push({ path: '/body/deal/lines', message: 'must not have a negative unit price' });
  }
  const currencies = new Set(lines.map((line) => line.unitPrice.currency));
  if (currencies.size > 1) {
    problems.push({ path: '/body/deal/lines', message: 'must all be priced in one currency' });
  }
  return dedupe(problems);
}

/** What is wrong with the rep a body names, by field (`/body/payee/email` ...); empty if nothing. */
export function payeeProblems(payee: NonNullable<IntakeSubmission['payee']>): ApiErrorDetail[] {
  return Object.entries(spiffPayeeOf(payee).problems ?? {}).map(([field, message]) => ({
    path: `/body/payee/${field}`,
    message,
  }));
}

function dedupe(problems: ApiErrorDetail[]): ApiErrorDetail[] {
  const seen = new Set<string>();
  return problems.filter((problem) => !seen.has(problem.path) && seen.add(problem.path));
}

/** Agreements that let a partner resell: one must be signed and in force. */
const resellingAgreements = new Set(['reseller', 'distribution', 'msp']);

export type EligibilityFacts = {
  partner: Partner;
  contacts: readonly Contact[];
  tierProgram: Program | undefined;
  /** The day of the submission, YYYY-MM-DD. */
  today: string;
};

/**
 * Why the partner may not submit this request, each reason a sentence; empty when it may.
 * Onboarding is for partners in onboarding; every other request needs an active partner with a
 * reselling agreement in force; a deal registration also needs the certified people the tier
 * program requires of the partner's tier (contacts with a certification not expired).
 */
export function eligibilityProblems(type: Request['type'], facts: EligibilityFacts): string[] {
  const { partner, contacts, tierProgram, today } = facts;
  if (type === 'partner_onboarding') {
    return partner.status === 'onboarding' || partner.status === 'prospect'
      ? []
      : [`Partner ${partner.id} is ${partner.status}, not applying: it cannot apply to onboard.`];
  }
  const problems: string[] = [];
  if (partner.status !== 'active') {
    problems.push(`Partner ${partner.id} is ${partner.status}; only active partners may submit.`);
  }
  const inForce = partner.agreements.some(
    (agreement) =>
      resellingAgreements.has(agreement.kind) &&
      agreement.signedOn !== null &&
      agreement.signedOn <= today &&
      (agreement.expiresOn === null || agreement.expiresOn >= today),
  );
  if (!inForce) {
    problems.push(`Partner ${partner.id} has no reseller agreement in force on ${today}.`);
  }
  if (type === 'deal_registration' && tierProgram) {
    const rule = tierProgram.tiers.find((candidate) => candidate.tier === partner.tier);
    const required = rule?.requiredCertifications ?? 0;
    const certified = contacts.filter((contact) =>
      contact.certifications.some(
        (held) => held.expiresAt === null || held.expiresAt.slice(0, 10) >= today,
      ),
    ).length;
    if (certified < required) {
      problems.push(
        `The ${partner.tier} tier requires ${required} certified people to register deals; partner ${partner.id} has ${certified}.`,
      );
    }
  }
  return problems;
}

/** Why the fund cannot cover a pre-approval of `amount`, or null when it can. */
export function fundProblem(fund: Fund, amount: NonNullable<Request['amount']>): string | null {
  if (fund.balance.currency !== amount.currency) {
    return `Fund ${fund.id} is in ${fund.balance.currency}, not ${amount.currency}.`;
  }
  if (fund.balance.amountMinor < amount.amountMinor) {
    return `Fund ${fund.id} has ${formatAmount(fund.balance)} left, less than the ${formatAmount(amount)} asked.`;
  }
  return null;
}
