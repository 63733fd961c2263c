import { describe, expect, it } from 'vitest';
import type { Deal, Program, Request } from '../../../shared/schema';
import { aSpiffClaim, aSpiffProgram, aWonDeal, usd } from './claim-fixtures';
import { spiffClaimRefusal, spiffUnitsWon } from './spiff-claim';

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
