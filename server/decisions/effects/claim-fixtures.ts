import type { Deal, Program, Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { aDeal, aTierProgram } from '../../../test/support/subjects';

/** Fixtures of the claim tests (unit and integration): a pre-approval, claims, a SPIFF program. */
export const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** partner-a1's approved pre-approval of USD 4,000 on fund-a1 (granted 3,000 when partial). */
export function aPreapproval(overrides: Partial<Request> = {}): Request {
  return aRequest({
    id: 'request-preapproval',
    type: 'mdf_preapproval',
    subjectId: 'fund-a1',
    discountPercent: null,
    amount: usd(400_000),
    status: 'approved',
    ...overrides,
  });
}

/** A claim of partner-a1 against `request-preapproval`, at its last step. */
export function anMdfClaim(overrides: Partial<Request> = {}): Request {
  return aRequest({
    id: 'request-claim',
    type: 'mdf_claim',
    subjectId: 'fund-a1',
    discountPercent: null,
    amount: usd(100_000),
    relatedRequestId: 'request-preapproval',
    status: 'approved',
    ...overrides,
  });
}

/** USD 50 per Edge Firewall unit won from 2026-07-01 to 2026-09-30, 20 units a rep at most. */
export function aSpiffProgram(overrides: Partial<Program> = {}): Program {
  return aTierProgram({
    id: 'program-spiff-1',
    kind: 'spiff',
    name: 'Edge Firewall Q3',
    validFrom: '2026-07-01',
    validTo: '2026-09-30',
    tiers: [],
    spiff: { productIds: ['product-fw'], amountPerUnit: usd(5_000), maxUnitsPerRep: 20 },
    ...overrides,
  });
}

/** A won deal of partner-a1 that sold `units` firewalls (and 3 other things) on `closedOn`. */
export function aWonDeal(
  id: string,
  units: number,
  closedOn: string,
  overrides: Partial<Deal> = {},
) {
  return aDeal({
    id,
    stage: 'closed_won',
    registrationStatus: 'approved',
    expectedCloseAt: `${closedOn}T10:00:00.000Z`,
    lines: [
      { productId: 'product-fw', quantity: units, unitPrice: usd(100_000) },
      { productId: 'product-other', quantity: 3, unitPrice: usd(100_000) },
    ],
    amount: usd((units + 3) * 100_000),
    ...overrides,
  });
}

/** Two sales reps of partner-a1, whom its SPIFF claims pay. */
export const reps = {
  ana: { name: 'Ana Ruiz', email: 'ana.ruiz@partner-a1.example' },
  luis: { name: 'Luis Pardo', email: 'luis.pardo@partner-a1.example' },
};

/** A SPIFF claim of partner-a1 on `program-spiff-1` for `units` units, paying Ana Ruiz. */
export function aSpiffClaim(units: number, overrides: Partial<Request> = {}): Request {
  return aRequest({
    id: 'request-spiff',
    type: 'spiff_claim',
    subjectId: 'program-spiff-1',
    discountPercent: null,
    amount: usd(units * 5_000),
    status: 'approved',
    payee: { ...reps.ana },
    ...overrides,
  });
}
