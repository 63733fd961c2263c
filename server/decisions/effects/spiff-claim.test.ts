import { describe, expect, it } from 'vitest';
import type { Deal, Program, Request } from '../../../shared/schema';
import { aSpiffClaim, aSpiffProgram, aWonDeal, reps, usd } from './claim-fixtures';
import { spiffClaimRefusal, spiffPayoutNote, spiffUnitsWon } from './spiff-claim';

const deals = [
  aWonDeal('deal-july', 6, '2026-07-01'),
  aWonDeal('deal-september', 4, '2026-09-30'),
  aWonDeal('deal-june', 50, '2026-06-30'),
  aWonDeal('deal-october', 50, '2026-10-01'),
  aWonDeal('deal-open', 50, '2026-08-01', { stage: 'negotiation' }),
  aWonDeal('deal-lost', 50, '2026-08-01', { stage: 'closed_lost' }),
  aWonDeal('deal-other-partner', 50, '2026-08-01', { partnerId: 'partner-a2' }),
];

describe('spiffUnitsWon', () => {
  it.each<[string, Program, Deal[], number]>([
    ['won in the period, both ends included', aSpiffProgram(), deals, 10],
    ['a program without end', aSpiffProgram({ validTo: null }), deals, 60],
    [
      'products outside the program',
      aSpiffProgram({
        spiff: { productIds: ['product-x'], amountPerUnit: usd(5_000), maxUnitsPerRep: 20 },
      }),
      deals,
      0,
    ],
    ['no deals', aSpiffProgram(), [], 0],
  ])('%s', (_case, program, won, expected) => {
    expect(spiffUnitsWon(program, 'partner-a1', won)).toBe(expected);
  });
});

describe('spiffClaimRefusal', () => {
  const approved = (id: string, units: number, overrides: Partial<Request> = {}) =>
    aSpiffClaim(units, { id, ...overrides });
  it.each<[string, Request, Request[]]>([
    ['every unit won', aSpiffClaim(10), []],
    ['what earlier claims left', aSpiffClaim(4), [approved('request-earlier', 6)]],
    [
      'a partial approval within what is left',
      aSpiffClaim(8, { approvedAmount: usd(20_000) }),
      [approved('request-earlier', 6)],
    ],
    [
      'claims not approved do not count',
      aSpiffClaim(10),
      [approved('request-open', 6, { status: 'pending_approval' })],
    ],
    [
      "another partner's claims do not count",
      aSpiffClaim(10),
      [approved('request-b', 6, { partnerId: 'partner-a2' })],
    ],
    ['a rejected claim above it', aSpiffClaim(90, { status: 'rejected' }), []],
  ])('lets stand %s', (_case, claim, claims) => {
    expect(spiffClaimRefusal(claim, aSpiffProgram(), deals, claims)).toBe(null);
  });

  it.each<[string, Request, Request[], Program | undefined, RegExp]>([
    [
      'one unit more than won',
      aSpiffClaim(11),
      [],
      aSpiffProgram(),
      /sold 10 units, 0 already paid out or approved; 11 more cannot be approved \(10 at most\)/,
    ],
    [
      'more than earlier claims left',
      aSpiffClaim(5),
      [approved('request-earlier', 6)],
      aSpiffProgram(),
      /6 already paid out or approved; 5 more .*\(4 at most\)/,
    ],
    [
      'more than a rep may claim',
      aSpiffClaim(21),
      [],
      aSpiffProgram({ validTo: null }),
      /21 units; Edge Firewall Q3 pays a rep for 20 at most/,
    ],
    [
      'part of a unit',
      aSpiffClaim(2, { amount: usd(7_500) }),
      [],
      aSpiffProgram(),
      /not a whole number of units at \$50\.00 each/,
    ],
    [
      'another currency',
      aSpiffClaim(2, { amount: { amountMinor: 10_000, currency: 'EUR' } }),
      [],
      aSpiffProgram(),
      /in EUR but Edge Firewall Q3 pays in USD/,
    ],
    [
      'a program that is not a SPIFF',
      aSpiffClaim(2),
      [],
      aSpiffProgram({ kind: 'tier_program' }),
      /not a SPIFF program/,
    ],
    ['an unknown program', aSpiffClaim(2), [], undefined, /not a SPIFF program/],
    [
      'a forwarded claim above it',
      aSpiffClaim(11, { status: 'pending_approval' }),
      [],
      aSpiffProgram(),
      /11 more cannot/,
    ],
  ])('refuses %s', (_case, claim, claims, program, reason) => {
    expect(spiffClaimRefusal(claim, program, deals, claims)).toMatch(reason);
  });
});

/**
 * The rep rule: a program pays a rep for `maxUnitsPerRep` units (20 here) across all their
 * approved claims on it, the rep known by their email whatever its case or spaces. Won units
 * are plenty here (60, the program without end), so only the rep rule refuses.
 */
describe('spiffClaimRefusal, per rep', () => {
  const program = aSpiffProgram({ validTo: null });
  const claimOf = (
    id: string,
    units: number,
    payee: Request['payee'],
    overrides: Partial<Request> = {},
  ) => aSpiffClaim(units, { id, payee, ...overrides });
  const ana = reps.ana;
  const anaShouting = { name: 'ANA RUIZ', email: '  Ana.Ruiz@PARTNER-A1.example ' };
  const earlier = (units: number, payee: Request['payee'] = ana, overrides = {}) =>
    claimOf('request-earlier', units, payee, overrides);

  it.each<[string, Request, Request[], RegExp | null]>([
    ['a rep within the limit on one claim', claimOf('c', 20, ana), [], null],
    ['a rep within the limit across two claims', claimOf('c', 8, ana), [earlier(12)], null],
    [
      'a rep at the limit across two claims',
      claimOf('c', 1, ana),
      [earlier(20)],
      /Ana Ruiz <ana\.ruiz@partner-a1\.example> has 20 units approved in Edge Firewall Q3 already; 1 more would pass the 20 it pays a rep \(0 at most\)/,
    ],
    [
      'a rep past the limit across two claims',
      claimOf('c', 9, ana),
      [earlier(12)],
      /has 12 units approved .*; 9 more would pass the 20 it pays a rep \(8 at most\)/,
    ],
    [
      'a rep past the limit under another case and spaces',
      claimOf('c', 9, ana),
      [earlier(12, anaShouting)],
      /has 12 units approved/,
    ],
    [
      'the claim naming the rep under another case and spaces',
      claimOf('c', 9, anaShouting),
      [earlier(12)],
      /has 12 units approved/,
    ],
    [
      'a rep past the limit through another partner',
      claimOf('c', 9, ana),
      [earlier(12, ana, { partnerId: 'partner-a2' })],
      /has 12 units approved/,
    ],
    ['another rep of the same partner', claimOf('c', 20, reps.luis), [earlier(20)], null],
    [
      "a rep's claims not approved",
      claimOf('c', 20, ana),
      [earlier(20, ana, { status: 'pending_approval' })],
      null,
    ],
    [
      "a rep's claims on another program",
      claimOf('c', 20, ana),
      [earlier(20, ana, { subjectId: 'program-spiff-2' })],
      null,
    ],
    [
      "a rep's earlier claim cut by a partial approval",
      claimOf('c', 10, ana),
      [earlier(20, ana, { approvedAmount: usd(50_000) })],
      null,
    ],
    ['the claim itself, stored approved', claimOf('c', 20, ana), [claimOf('c', 20, ana)], null],
    [
      'a claim naming no rep',
      claimOf('c', 1, null),
      [],
      /Claim c names no rep to pay; return it so the partner names the rep/,
    ],
  ])('%s', (_case, claim, claims, refusal) => {
    const reason = spiffClaimRefusal(claim, program, deals, claims);
    if (refusal === null) expect(reason).toBe(null);
    else expect(reason).toMatch(refusal);
  });
});

describe('spiffPayoutNote', () => {
  const owedToAna = (amount: string) =>
    `Payout owed to Ana Ruiz <ana.ruiz@partner-a1.example>: ${amount}`;
  it.each<[string, Request, string | null]>([
    ['approved', aSpiffClaim(3), owedToAna('$150.00')],
    ['approved in part', aSpiffClaim(3, { approvedAmount: usd(5_000) }), owedToAna('$50.00')],
    ['forwarded', aSpiffClaim(3, { status: 'pending_approval' }), null],
    ['without a rep', aSpiffClaim(3, { payee: null }), null],
  ])('%s', (_case, claim, note) => {
    expect(spiffPayoutNote(claim)).toBe(note);
  });
});
