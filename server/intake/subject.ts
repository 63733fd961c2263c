import type { IntakeSubmission } from '../../shared/api/intake';
import type { Deal, Fund, Partner, Program, Request } from '../../shared/schema';
import type { Queryable } from '../db/database';
import { IntakeError, refused } from './intake-error';
import { fundProblem } from './checks';
import * as read from './reads';

export type Subject = {
  id: string;
  deal?: Deal;
  /** The deal is new: this registration creates it. */
  created?: boolean;
  fund?: Fund;
  relatedRequestId: string | null;
};

/** The document the request is about, checked to be the partner's and able to take it. */
export async function subjectOf(
  tx: Queryable,
  {
    source,
    submission,
    partner,
    extended,
    at: now,
  }: {
    source: string;
    submission: IntakeSubmission;
    partner: Partner;
    extended: Request | undefined;
    at: Date;
  },
): Promise<Subject> {
  const notFound = (what: string, id: string) =>
    new IntakeError(404, 'not_found', `No ${what} ${id} of partner ${partner.id} in the store.`);
  const own = <Doc extends { partnerId: string }>(doc: Doc | undefined) =>
    doc && doc.partnerId === partner.id ? doc : undefined;
  switch (submission.type) {
    case 'deal_registration': {
      if (extended) {
        const deal = own(await read.documentById<Deal>(tx, 'deals', extended.subjectId));
        if (!deal) throw notFound('deal', extended.subjectId);
        return { id: deal.id, deal, relatedRequestId: extended.id };
      }
      const registered = submission.deal;
      if (!registered) throw new Error('missingFields lets no registration without its deal');
      const id = read.intakeId('deal', source, submission.externalId);
      const currency = registered.lines[0]?.unitPrice.currency ?? 'USD';
      const amountMinor = registered.lines.reduce(
        (sum, line) => sum + line.quantity * line.unitPrice.amountMinor,
        0,
      );
      if (!Number.isSafeInteger(amountMinor) || amountMinor > 1e15) {
        throw new IntakeError(
          400,
          'bad_request',
          'The deal lines add up to more than the store can hold.',
        );
      }
      const { pricedBelowPricebook: _priced, crmOpportunityId, ...fields } = registered;
      const at = now.toISOString();
      const deal: Deal = {
        id,
        partnerId: partner.id,
        territoryId: partner.territoryId,
        ...fields,
        amount: { amountMinor, currency },
        stage: 'prospecting',
        registrationStatus: 'submitted',
        rejectionReason: null,
        registeredAt: at,
        protectionExpiresAt: null,
        crmOpportunityId: crmOpportunityId ?? null,
        conflictsWith: [],
        specialPricing: null,
        updatedAt: at,
      };
      return { id, deal, created: true, relatedRequestId: null };
    }
    case 'special_pricing': {
      const id = submission.subjectId ?? '';
      if (!own(await read.documentById<Deal>(tx, 'deals', id))) throw notFound('deal', id);
      return { id, relatedRequestId: null };
    }
    case 'mdf_preapproval': {
      const id = submission.subjectId ?? '';
      const fund = own(await read.documentById<Fund>(tx, 'funds', id));
      if (!fund) throw notFound('fund', id);
      const short = submission.amount && fundProblem(fund, submission.amount);
      if (short) throw refused('insufficient_funds', short);
      return { id, fund, relatedRequestId: null };
    }
    case 'mdf_claim': {
      const id = submission.relatedRequestId ?? '';
      const preapproval = own(await read.documentById<Request>(tx, 'requests', id));
      if (!preapproval || preapproval.type !== 'mdf_preapproval') {
        throw notFound('MDF pre-approval', id);
      }
      const granted = preapproval.approvedAmount ?? preapproval.amount;
      if (preapproval.status !== 'approved' || !granted) {
        throw refused(
          'not_preapproved',
          `Pre-approval ${id} is ${preapproval.status}, not approved.`,
        );
      }
      const claimed = submission.amount;
      if (
        claimed &&
        (claimed.currency !== granted.currency || claimed.amountMinor > granted.amountMinor)
      ) {
        throw refused(
          'over_preapproval',
          `The claim exceeds what pre-approval ${id} granted (${granted.amountMinor} ${granted.currency} in minor units).`,
        );
      }
      return { id: preapproval.subjectId, relatedRequestId: id };
    }
    case 'spiff_claim': {
      const id = submission.subjectId ?? '';
      const program = await read.documentById<Program>(tx, 'programs', id);
      if (!program || program.kind !== 'spiff') throw notFound('SPIFF program', id);
      return { id, relatedRequestId: null };
    }
    case 'partner_onboarding':
      return { id: partner.id, relatedRequestId: null };
  }
}
