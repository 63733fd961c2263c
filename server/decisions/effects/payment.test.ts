import { describe, expect, it } from 'vitest';
import type { Fund, Request } from '../../../shared/schema';
import { aFund } from '../../../test/support/subjects';
import { anMdfClaim, aSpiffClaim, usd } from './claim-fixtures';
import { recordPayment, type PaymentReport } from './payment';

const at = new Date('2026-12-01T09:00:00.000Z');
const report = (amountMinor: number | null = null, reference = 'PAY-1'): PaymentReport => ({
  reference,
  amount: amountMinor === null ? null : usd(amountMinor),
});
/** fund-a1 with 5,000 reserved (the claim's pre-approval among it) and 15,000 balance. */
const fund = (overrides: Partial<Fund> = {}) => aFund(overrides);

describe('recordPayment', () => {
  it.each<[string, Request, PaymentReport, Partial<Fund> | null]>([
    [
      'a claim approved whole',
      anMdfClaim(),
      report(),
      { reserved: usd(400_000), paid: usd(100_000) },
    ],
    [
      'the amount named',
      anMdfClaim(),
      report(100_000),
      { reserved: usd(400_000), paid: usd(100_000) },
    ],
    [
      'a claim approved in part pays the part',
      anMdfClaim({ approvedAmount: usd(60_000) }),
      report(),
      { reserved: usd(440_000), paid: usd(60_000) },
    ],
    [
      'the whole reserve',
      anMdfClaim({ amount: usd(500_000) }),
      report(),
      { reserved: usd(0), paid: usd(500_000) },
    ],
    ['a SPIFF payout touches no fund', aSpiffClaim(3), report(), null],
  ])('pays %s', (_case, claim, paid, debited) => {
    const outcome = recordPayment(claim, fund(), paid, 'user-finance-fay', at);
    expect(outcome.refusal).toBeUndefined();
    expect(outcome.recorded).toBe(true);
    expect(outcome.fund ?? null).toEqual(debited && { ...fund(), ...debited });
    // The balance was taken when the pre-approval reserved the money; paying leaves it.
    if (outcome.fund) expect(outcome.fund.balance).toEqual(fund().balance);
    expect(outcome.request?.payment).toEqual({
      amount: claim.approvedAmount ?? claim.amount,
      paidAt: at.toISOString(),
      paidBy: 'user-finance-fay',
      reference: 'PAY-1',
    });
    expect(outcome.request?.history.at(-1)).toMatchObject({
      action: 'paid',
      actorId: 'user-finance-fay',
    });
  });

  it.each<[string, Request, string]>([
    [
      'a SPIFF payout names the rep paid',
      aSpiffClaim(3),
      'Paid $150.00 to Ana Ruiz <ana.ruiz@partner-a1.example>, reference PAY-1',
    ],
    ['an MDF claim names its amount', anMdfClaim(), 'Paid $1,000.00, reference PAY-1'],
  ])('records in the history: %s', (_case, claim, note) => {
    const outcome = recordPayment(claim, fund(), report(), 'user-finance-fay', at);
    expect(outcome.request?.history.at(-1)?.note).toBe(note);
  });

  it('answers the same report again without recording it twice', () => {
    const first = recordPayment(anMdfClaim(), fund(), report(), 'user-finance-fay', at);
    if (!first.request) throw new Error('the first payment is recorded');
    const again = recordPayment(first.request, fund(), report(), 'user-finance-fay', at);
    expect(again).toEqual({ recorded: false, request: first.request });
  });

  it.each<[string, Request, Fund | undefined, PaymentReport, RegExp]>([
    [
      'another reference for a paid claim',
      {
        ...anMdfClaim(),
        payment: {
          amount: usd(100_000),
          paidAt: at.toISOString(),
          paidBy: 'x',
          reference: 'PAY-0',
        },
      },
      fund(),
      report(),
      /already paid under reference PAY-0/,
    ],
    [
      'a claim not approved',
      anMdfClaim({ status: 'pending_approval' }),
      fund(),
      report(),
      /pending approval; only an approved claim/,
    ],
    [
      'a rejected claim',
      anMdfClaim({ status: 'rejected' }),
      fund(),
      report(),
      /rejected; only an approved claim/,
    ],
    [
      'less than approved',
      anMdfClaim(),
      fund(),
      report(99_999),
      /approved for \$1,000\.00; a payment of \$999\.99/,
    ],
    [
      'more than a partial approval',
      anMdfClaim({ approvedAmount: usd(60_000) }),
      fund(),
      report(100_000),
      /approved for \$600\.00/,
    ],
    [
      'another currency',
      anMdfClaim(),
      fund(),
      { reference: 'PAY-1', amount: { amountMinor: 100_000, currency: 'EUR' } },
      /does not settle it/,
    ],
    [
      'a request that is no claim',
      anMdfClaim({ type: 'mdf_preapproval' }),
      fund(),
      report(),
      /not a claim to pay/,
    ],
    ['a fund that is gone', anMdfClaim(), undefined, report(), /fund-a1 .* is not in the store/],
    [
      "another partner's fund",
      anMdfClaim(),
      fund({ partnerId: 'partner-a2' }),
      report(),
      /is not in the store/,
    ],
    [
      'more than the fund holds reserved',
      anMdfClaim({ amount: usd(500_001) }),
      fund(),
      report(),
      /\$5,000\.00 reserved, less than the \$5,000\.01/,
    ],
  ])('refuses %s', (_case, claim, claimFund, paid, reason) => {
    expect(recordPayment(claim, claimFund, paid, 'user-finance-fay', at).refusal).toMatch(reason);
  });
});
