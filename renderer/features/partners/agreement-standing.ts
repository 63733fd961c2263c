import type { PartnerAgreement } from '../../../shared/schema';

export const agreementStandings = ['unsigned', 'expired', 'expiring', 'current'] as const;
export type AgreementStanding = (typeof agreementStandings)[number];

/** An agreement expiring within this many days is flagged, so there is time to renew it. */
export const EXPIRY_WARNING_DAYS = 60;

/**
 * Where an agreement stands on `today` (a calendar date, `2026-12-02`): not signed, expired,
 * expiring within the warning period, or current (which includes signed with no expiry).
 */
export function agreementStanding(agreement: PartnerAgreement, today: string): AgreementStanding {
  if (!agreement.signedOn) return 'unsigned';
  if (!agreement.expiresOn) return 'current';
  if (agreement.expiresOn < today) return 'expired';
  const days = (Date.parse(agreement.expiresOn) - Date.parse(today)) / 86_400_000;
  return days <= EXPIRY_WARNING_DAYS ? 'expiring' : 'current';
}

/** Whether a certification still holds at `now` (an ISO instant); none without an expiry lapse. */
export function certificationHolds(expiresAt: string | null, now: string): boolean {
  return expiresAt === null || expiresAt > now;
}
