import { describe, expect, it } from 'vitest';
import type { Fund, Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { aFund } from '../../../test/support/subjects';
import { mdfPreapprovalEffect } from './mdf-preapproval';

const preapproval = (overrides: Partial<Request>) =>
  aRequest({
    type: 'mdf_preapproval',
    subjectId: 'fund-a1',
    discountPercent: null,
    status: 'approved',
    ...overrides,
  });
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

describe('mdfPreapprovalEffect', () => {
  it.each<[string, number, Partial<Fund>]>([
    ['within the balance', 400_000, { reserved: usd(900_000), balance: usd(1_100_000) }],
    ['exactly the balance', 1_500_000, { reserved: usd(2_000_000), balance: usd(0) }],
  ])('reserves an amount %s', (_case, amountMinor, expected) => {
    const effect = mdfPreapprovalEffect(aFund(), preapproval({ amount: usd(amountMinor) }));
    expect(effect).toEqual({ fund: { ...aFund(), ...expected } });
  });

  it.each<[string, Partial<Request>, Fund, RegExp]>([
    [
      'an amount beyond the balance',
      { amount: usd(1_500_001) },
      aFund(),
      /balance of \$15,000\.00 does not cover the \$15,000\.01 pre-approval/,
    ],
    [
      'any amount on an empty fund',
      { amount: usd(100) },
      aFund({ balance: usd(0), reserved: usd(2_000_000) }),
      /balance of \$0\.00 does not cover/,
    ],
    [
      'another currency',
      { amount: { amountMinor: 100, currency: 'EUR' } },
      aFund(),
      /in EUR but fund fund-a1 is in USD/,
    ],
    ['no amount', { amount: null }, aFund(), /names no amount/],
    ['a zero amount', { amount: usd(0) }, aFund(), /names no amount/],
  ])('refuses %s', (_case, overrides, fund, reason) => {
    const effect = mdfPreapprovalEffect(fund, preapproval(overrides));
    expect(effect?.refusal).toMatch(reason);
  });

  it.each<Request['status']>(['rejected', 'pending_approval'])(
    'leaves the fund alone when the request is %s',
    (status) => {
      expect(mdfPreapprovalEffect(aFund(), preapproval({ status, amount: usd(100) }))).toBe(null);
    },
  );
});
