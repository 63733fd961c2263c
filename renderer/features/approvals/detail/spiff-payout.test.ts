import { describe, expect, it } from 'vitest';
import type { Request } from '../../../../shared/schema';
import { spiffPayout, type SpiffPayout } from './spiff-payout';

const payee = { name: 'Ana Ruiz', email: 'ana.ruiz@partner.example' };
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const payment = {
  amount: usd(20_000),
  paidAt: '2026-12-01T09:00:00.000Z',
  paidBy: 'fay',
  reference: 'SPIFF-7',
};
type Claim = Parameters<typeof spiffPayout>[0];
const claim = (overrides: Partial<Claim> = {}): Claim => ({
  status: 'under_review',
  payee,
  amount: usd(30_000),
  approvedAmount: null,
  payment: null,
  ...overrides,
});

describe('spiffPayout', () => {
  it.each<[string, Partial<Request>, SpiffPayout]>([
    [
      'an open claim: owed once approved',
      {},
      { kind: 'owed_on_approval', payee, amount: usd(30_000) },
    ],
    [
      'a forwarded claim cut by a step: its cut',
      { status: 'pending_approval', approvedAmount: usd(20_000) },
      { kind: 'owed_on_approval', payee, amount: usd(20_000) },
    ],
    [
      'an approved claim: owed',
      { status: 'approved' },
      { kind: 'owed', payee, amount: usd(30_000) },
    ],
    ['a paid claim', { status: 'approved', payment }, { kind: 'paid', payee, payment }],
    ['a rejected claim', { status: 'rejected' }, { kind: 'none_owed', payee }],
    ['a withdrawn claim', { status: 'withdrawn' }, { kind: 'none_owed', payee }],
    ['a claim naming no rep', { payee: null }, { kind: 'no_rep' }],
  ])('%s', (_case, overrides, payout) => {
    expect(spiffPayout(claim(overrides))).toEqual(payout);
  });
});
