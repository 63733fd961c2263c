import { describe, expect, it } from 'vitest';
import type { Decision, Request } from '../schema';
import { approvedAmountAfter, partialApprovalRefusal } from './partial-approval';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
type Asked = Pick<Request, 'id' | 'type' | 'amount' | 'approvedAmount'>;
type Decided = Pick<Decision, 'action' | 'amount'>;
const claim = (overrides: Partial<Asked> = {}): Asked => ({
  id: 'request-claim',
  type: 'mdf_claim',
  amount: usd(400_000),
  approvedAmount: null,
  ...overrides,
});
const approve = (amountMinor: number | null, currency = 'USD'): Decided => ({
  action: 'approve',
  amount: amountMinor === null ? null : { amountMinor, currency },
});

describe('partialApprovalRefusal', () => {
  it.each<[string, Asked, Decided]>([
    ['no amount: what was asked', claim(), approve(null)],
    ['less than asked', claim(), approve(250_000)],
    ['exactly what was asked', claim(), approve(400_000)],
    ['one cent', claim(), approve(1)],
    ['a pre-approval in part', claim({ type: 'mdf_preapproval' }), approve(100)],
    ['a SPIFF claim in part', claim({ type: 'spiff_claim' }), approve(100)],
    ['below an earlier step’s cut', claim({ approvedAmount: usd(300_000) }), approve(299_999)],
    ['a rejection without amount', claim(), { action: 'reject', amount: null }],
  ])('accepts %s', (_case, request, decision) => {
    expect(partialApprovalRefusal(request, decision)).toBe(null);
  });

  it.each<[string, Asked, Decided, RegExp]>([
    ['more than asked', claim(), approve(400_001), /\$4,000\.01 is more than the \$4,000\.00/],
    [
      'more than an earlier step’s cut',
      claim({ approvedAmount: usd(300_000) }),
      approve(300_001),
      /more than the \$3,000\.00 asked/,
    ],
    [
      'another currency',
      claim(),
      approve(100, 'EUR'),
      /in EUR but request request-claim is in USD/,
    ],
    ['zero', claim(), approve(0), /above zero/],
    ['a negative amount', claim(), approve(-5), /above zero/],
    ['an amount on a rejection', claim(), { action: 'reject', amount: usd(5) }, /Only an approval/],
    [
      'an amount on a return',
      claim(),
      { action: 'return_for_info', amount: usd(5) },
      /Only an approval/,
    ],
    [
      'a special price',
      claim({ type: 'special_pricing' }),
      approve(100),
      /special pricing request cannot be approved in part/,
    ],
    [
      'a deal registration',
      claim({ type: 'deal_registration' }),
      approve(100),
      /cannot be approved in part/,
    ],
    ['a request without amount', claim({ amount: null }), approve(100), /asks for no amount/],
  ])('refuses %s', (_case, request, decision, reason) => {
    expect(partialApprovalRefusal(request, decision)).toMatch(reason);
  });
});

describe('approvedAmountAfter', () => {
  it.each<[string, Asked, Decided, Request['approvedAmount']]>([
    ['a cut is kept', claim(), approve(250_000), usd(250_000)],
    ['the full amount keeps null', claim(), approve(400_000), null],
    ['no amount keeps null', claim(), approve(null), null],
    [
      'no amount keeps an earlier cut',
      claim({ approvedAmount: usd(300_000) }),
      approve(null),
      usd(300_000),
    ],
    [
      'a later cut replaces it',
      claim({ approvedAmount: usd(300_000) }),
      approve(200_000),
      usd(200_000),
    ],
    [
      'a rejection keeps it',
      claim({ approvedAmount: usd(300_000) }),
      { action: 'reject', amount: null },
      usd(300_000),
    ],
  ])('%s', (_case, request, decision, expected) => {
    expect(approvedAmountAfter(request, decision)).toEqual(expected);
  });
});
