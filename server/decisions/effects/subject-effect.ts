import type { Deal, Fund, Partner, Program, Request } from '../../../shared/schema';
import { dealRegistrationEffect } from './deal-registration';
import { mdfClaimRefusal } from './mdf-claim';
import { mdfPreapprovalEffect } from './mdf-preapproval';
import { partnerOnboardingEffect } from './partner-onboarding';
import { authorizationIdOf, specialPricingEffect } from './special-pricing';
import { spiffClaimRefusal, spiffPayoutNote } from './spiff-claim';

/** The documents decisions may change, as the transaction has them so far, by id. */
export type Subjects = {
  deals: Map<string, Deal>;
  funds: Map<string, Fund>;
  partners: Map<string, Partner>;
  /** The tier program in force when the decisions are judged, if one is published. */
  tierProgram: Program | undefined;
  // The claim subjects are optional: callers that judge no claims (the intake's checks) need not
  // load them; a claim judged without them finds no pre-approval, program or won deal.
  /** The pre-approvals the MDF claims quote, by id. */
  preapprovals?: Map<string, Request>;
  /**
   * The claims that draw on the same pre-approvals or SPIFF programs, by id, as the transaction
   * has decided them so far (two claims on one pre-approval share what it has left).
   */
  claims?: Map<string, Request>;
  /** The SPIFF programs the SPIFF claims name, by id. */
  spiffPrograms?: Map<string, Program>;
  /** The claiming partners' won deals, which SPIFF claims are counted against. */
  wonDeals?: Deal[];
};

export type SubjectChange =
  | { collection: 'deals'; document: Deal }
  | { collection: 'funds'; document: Fund }
  | { collection: 'partners'; document: Partner };

/**
 * A subject document to write (or none) and what the request's history records of it (a SPIFF
 * payout owed), or why the decision cannot be applied.
 */
export type SubjectEffect =
  | { change: SubjectChange | null; note?: string; refusal?: undefined }
  | { refusal: string; change?: undefined; note?: undefined };

export type EffectContext = {
  at: Date;
  /** The store's next authorisation number, drawn when `issuesAuthorization` says so. */
  authorizationNumber: number | null;
};

const unchanged: SubjectEffect = { change: null };

/** Whether applying this decided request issues a special-pricing authorisation id. */
export function issuesAuthorization(decided: Request): boolean {
  return decided.type === 'special_pricing' && decided.status === 'approved';
}

/**
 * What the request, as the decision left it, does to its subject (`subjectId`): the deal of a
 * registration or a special price, the fund of an MDF pre-approval, the applying partner. Pure;
 * the caller writes the change in the decision's transaction, or rejects the decision with the
 * refusal before anything is written. MDF and SPIFF claims are checked at every approving step
 * (what the pre-approval has left, what the won deals sold, what the program pays a rep) and
 * change no document: money moves when finance records the payment (payment.ts). A SPIFF
 * claim's final approval notes the payout owed to its rep.
 */
export function subjectEffect(
  decided: Request,
  subjects: Subjects,
  { at, authorizationNumber }: EffectContext,
): SubjectEffect {
  switch (decided.type) {
    case 'deal_registration': {
      const deal = subjects.deals.get(decided.subjectId);
      if (!deal || deal.partnerId !== decided.partnerId) return missing('deal', decided);
      const document = dealRegistrationEffect(deal, decided, at);
      return { change: document === deal ? null : { collection: 'deals', document } };
    }
    case 'special_pricing': {
      if (!issuesAuthorization(decided)) return unchanged;
      const deal = subjects.deals.get(decided.subjectId);
      if (!deal || deal.partnerId !== decided.partnerId) return missing('deal', decided);
      if (authorizationNumber === null) {
        throw new Error(`Approving ${decided.id} needs an authorisation number from the store`);
      }
      const id = authorizationIdOf(authorizationNumber, at);
      const document = specialPricingEffect(deal, decided, id, at);
      return { change: document && { collection: 'deals', document } };
    }
    case 'mdf_preapproval': {
      if (decided.status !== 'approved') return unchanged;
      const fund = subjects.funds.get(decided.subjectId);
      if (!fund || fund.partnerId !== decided.partnerId) return missing('fund', decided);
      const effect = mdfPreapprovalEffect(fund, decided);
      if (!effect) return unchanged;
      if (effect.refusal !== undefined) return { refusal: effect.refusal };
      return { change: { collection: 'funds', document: effect.fund } };
    }
    case 'partner_onboarding': {
      const partner = subjects.partners.get(decided.subjectId);
      if (decided.status !== 'approved' && decided.status !== 'rejected') return unchanged;
      if (!partner || partner.id !== decided.partnerId) return missing('partner', decided);
      const effect = partnerOnboardingEffect(partner, decided, subjects.tierProgram);
      if (!effect) return unchanged;
      if (effect.refusal !== undefined) return { refusal: effect.refusal };
      return { change: { collection: 'partners', document: effect.partner } };
    }
    case 'mdf_claim': {
      const refusal = mdfClaimRefusal(
        decided,
        subjects.preapprovals ?? new Map(),
        subjects.claims?.values() ?? [],
      );
      return refusal === null ? unchanged : { refusal };
    }
    case 'spiff_claim': {
      const refusal = spiffClaimRefusal(
        decided,
        subjects.spiffPrograms?.get(decided.subjectId),
        subjects.wonDeals ?? [],
        subjects.claims?.values() ?? [],
      );
      if (refusal !== null) return { refusal };
      const note = spiffPayoutNote(decided);
      return note === null ? unchanged : { change: null, note };
    }
  }
}

/** The request with what its effect records (a SPIFF payout owed) added to its history. */
export function withEffectNote(request: Request, note: string, at: Date): Request {
  return {
    ...request,
    history: [...request.history, { at: at.toISOString(), actorId: null, action: 'comment', note }],
  };
}

function missing(what: string, decided: Request): SubjectEffect {
  return {
    refusal: `The ${what} ${decided.subjectId} that request ${decided.id} is about is not in the store.`,
  };
}
