import type { Static } from 'typebox';
import type { Deal, RegistrationStatus } from '../../../shared/schema';
import type { Money } from '../../../shared/schema/primitives';

/** What the deals tables show of a deal: read once per stored revision, never copied per render. */
export type DealRow = {
  id: string;
  partnerId: string;
  customer: string;
  domain: string;
  country: string;
  amount: Static<typeof Money>;
  stage: Deal['stage'];
  registrationStatus: RegistrationStatus;
  registeredAt: string;
  expectedCloseAt: string;
  protectionExpiresAt: string | null;
  conflicts: number;
};

/**
 * A deal row with its partner's name, which the table sorts, groups and searches by, and its
 * amount in the reporting currency at the rate of its registration day (null: no rate).
 */
export type DealWithPartner = DealRow & {
  partnerName: string;
  reported: Static<typeof Money> | null;
};

export function dealRow(deal: Deal): DealRow {
  return {
    id: deal.id,
    partnerId: deal.partnerId,
    customer: deal.endCustomer.name,
    domain: deal.endCustomer.domain,
    country: deal.endCustomer.country,
    amount: deal.amount,
    stage: deal.stage,
    registrationStatus: deal.registrationStatus,
    registeredAt: deal.registeredAt,
    expectedCloseAt: deal.expectedCloseAt,
    protectionExpiresAt: deal.protectionExpiresAt,
    conflicts: deal.conflictsWith.length,
  };
}

/** What a deal is found by: its customer, the customer's domain, its partner and its id. */
export function dealSearchText(deal: DealWithPartner): string {
  return `${deal.customer} ${deal.domain} ${deal.partnerName} ${deal.id}`;
}
