import { describe, expect, it } from 'vitest';
import { aRequest } from '../../../test/support/scenario';
import { approvedAmountFrom, mayApproveInPart } from './approved-amount';

const mdf = aRequest({
  type: 'mdf_preapproval',
  amount: { amountMinor: 500_000, currency: 'EUR' },
  approvedAmount: null,
});
const cut = { ...mdf, approvedAmount: { amountMinor: 400_000, currency: 'EUR' } };

describe('the amount a CAM approves in part', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['5000', null],
    ['5000.00', null],
    ['4000', { amountMinor: 400_000, currency: 'EUR' }],
    ['4000,5', { amountMinor: 400_050, currency: 'EUR' }],
    ['4 000.25', { amountMinor: 400_025, currency: 'EUR' }],
    ['0', { amountMinor: 0, currency: 'EUR' }],
    ['4000.255', 'invalid'],
    ['-10', 'invalid'],
    ['1e3', 'invalid'],
    ['4.000,00', 'invalid'],
    ['=SUM(A1)', 'invalid'],
    ['99999999999999', 'invalid'],
  ])('%j approves %j', (typed, expected) => {
    expect(approvedAmountFrom(typed, mdf)).toEqual(expected);
  });

  it('counts from what an earlier step left: its cut is the whole amount now', () => {
    expect(approvedAmountFrom('4000', cut)).toBeNull();
    expect(approvedAmountFrom('3000', cut)).toEqual({ amountMinor: 300_000, currency: 'EUR' });
  });

  it('is offered for MDF and SPIFF requests with an amount, not for deal registrations', () => {
    expect(mayApproveInPart(mdf)).toBe(true);
    expect(mayApproveInPart({ ...mdf, type: 'deal_registration' })).toBe(false);
    expect(mayApproveInPart({ ...mdf, amount: null })).toBe(false);
  });
});
