import { describe, expect, it } from 'vitest';
import type { Request } from '../../../shared/schema';
import { aPreapproval, anMdfClaim, usd } from './claim-fixtures';
import { mdfClaimRefusal, remainingOnPreapproval } from './mdf-claim';

const preapprovals = (preapproval: Request = aPreapproval()) =>
  new Map([[preapproval.id, preapproval]]);
/** Earlier claims against the pre-approval, approved for these amounts (in part or whole). */
const approvedClaims = (...granted: [asked: number, approved: number | null][]) =>
  granted.map(([asked, approved], index) =>
    anMdfClaim({
      id: `request-earlier-${index}`,
      amount: usd(asked),
      approvedAmount: approved === null ? null : usd(approved),
    }),
  );

describe('remainingOnPreapproval', () => {
  it.each<[string, Request, Request[], number]>([
    ['nothing claimed yet', aPreapproval(), [], 400_000],
    [
      'a partial pre-approval grants its approved amount',
      aPreapproval({ approvedAmount: usd(300_000) }),
      [],
      300_000,
    ],
    ['one claim granted whole', aPreapproval(), approvedClaims([150_000, null]), 250_000],
    [
      'claims granted in part count what was granted',
      aPreapproval(),
      approvedClaims([200_000, 120_000], [100_000, null]),
      180_000,
    ],
    [
      'everything claimed',
      aPreapproval({ approvedAmount: usd(300_000) }),
      approvedClaims([300_000, null]),
      0,
    ],
    [
      'claims not approved do not count',
      aPreapproval(),
      [
        anMdfClaim({ id: 'request-open', status: 'pending_approval' }),
        anMdfClaim({ id: 'request-denied', status: 'rejected' }),
      ],
      400_000,
    ],
    [
      "another pre-approval's claims do not count",
      aPreapproval(),
      [anMdfClaim({ id: 'request-other', relatedRequestId: 'request-elsewhere' })],
      400_000,
    ],
    ['the claim itself does not count', aPreapproval(), [anMdfClaim()], 400_000],
  ])('%s', (_case, preapproval, claims, expected) => {
    expect(remainingOnPreapproval(preapproval, claims, 'request-claim')).toEqual(usd(expected));
  });
});

describe('mdfClaimRefusal', () => {
  it.each<[string, Request, Request[], Request]>([
    ['a claim within the pre-approval', anMdfClaim(), [], aPreapproval()],
    [
      'a claim of exactly what is left',
      anMdfClaim({ amount: usd(250_000) }),
      approvedClaims([150_000, null]),
      aPreapproval(),
    ],
    [
      'a claim cut to what is left',
      anMdfClaim({ amount: usd(300_000), approvedAmount: usd(250_000) }),
      approvedClaims([150_000, null]),
      aPreapproval(),
    ],
    ['a forwarded claim within it', anMdfClaim({ status: 'pending_approval' }), [], aPreapproval()],
    [
      'a rejected claim above it (nothing to check)',
      anMdfClaim({ status: 'rejected', amount: usd(9_000_000) }),
      [],
      aPreapproval(),
    ],
    [
      'a forwarded claim that quotes nothing (stored before claims quoted)',
      anMdfClaim({ status: 'pending_approval', relatedRequestId: null }),
      [],
      aPreapproval(),
    ],
  ])('lets stand %s', (_case, claim, claims, preapproval) => {
    expect(mdfClaimRefusal(claim, preapprovals(preapproval), claims)).toBe(null);
  });

  it.each<[string, Request, Request[], Request, RegExp]>([
    [
      'one cent above the pre-approval',
      anMdfClaim({ amount: usd(400_001) }),
      [],
      aPreapproval(),
      /\$4,000\.01 is more than the \$4,000\.00 left/,
    ],
    [
      'above a partial pre-approval',
      anMdfClaim({ amount: usd(300_001) }),
      [],
      aPreapproval({ approvedAmount: usd(300_000) }),
      /more than the \$3,000\.00 left/,
    ],
    [
      'above what earlier claims left',
      anMdfClaim({ amount: usd(180_001) }),
      approvedClaims([200_000, 120_000], [100_000, null]),
      aPreapproval(),
      /more than the \$1,800\.00 left.*approve \$1,800\.00 at most/,
    ],
    [
      'a forwarded claim above it',
      anMdfClaim({ status: 'pending_approval', amount: usd(400_001) }),
      [],
      aPreapproval(),
      /more than/,
    ],
    [
      'a claim on a pre-approval not approved',
      anMdfClaim(),
      [],
      aPreapproval({ status: 'pending_approval' }),
      /is pending approval, not approved/,
    ],
    [
      'a claim on a rejected pre-approval',
      anMdfClaim(),
      [],
      aPreapproval({ status: 'rejected' }),
      /is rejected, not approved/,
    ],
    [
      'a claim quoting an unknown request',
      anMdfClaim({ relatedRequestId: 'request-zz' }),
      [],
      aPreapproval(),
      /not a pre-approval of the same partner and fund/,
    ],
    [
      "a claim on another partner's pre-approval",
      anMdfClaim(),
      [],
      aPreapproval({ partnerId: 'partner-a2' }),
      /same partner and fund/,
    ],
    [
      'a claim on another fund',
      anMdfClaim({ subjectId: 'fund-a2' }),
      [],
      aPreapproval(),
      /same partner and fund/,
    ],
    [
      'a claim quoting a special price',
      anMdfClaim(),
      [],
      aPreapproval({ type: 'special_pricing' }),
      /same partner and fund/,
    ],
    [
      'a claim in another currency',
      anMdfClaim({ amount: { amountMinor: 100, currency: 'EUR' } }),
      [],
      aPreapproval(),
      /in EUR but pre-approval request-preapproval is in USD/,
    ],
    [
      'a final approval of a claim that quotes nothing',
      anMdfClaim({ relatedRequestId: null }),
      [],
      aPreapproval(),
      /quotes no pre-approval/,
    ],
    ['a claim without amount', anMdfClaim({ amount: null }), [], aPreapproval(), /names no amount/],
  ])('refuses %s', (_case, claim, claims, preapproval, reason) => {
    expect(mdfClaimRefusal(claim, preapprovals(preapproval), claims)).toMatch(reason);
  });
});
