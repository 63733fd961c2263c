import { describe, expect, it } from 'vitest';
import type { Deal, Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { aDeal } from '../../../test/support/subjects';
import { dealRegistrationEffect } from './deal-registration';

const at = new Date('2026-11-24T12:00:00.000Z');
const registration = (status: Request['status']) =>
  aRequest({ type: 'deal_registration', discountPercent: null, status });
const conflicting = aDeal({ conflictsWith: ['deal-b7'] });

describe('dealRegistrationEffect', () => {
  it.each<[string, Request['status'], Deal, number | undefined, Partial<Deal>]>([
    [
      'a forwarding approval leaves it pending approval',
      'pending_approval',
      aDeal(),
      undefined,
      { registrationStatus: 'pending_approval', protectionExpiresAt: null, rejectionReason: null },
    ],
    [
      'a return for information leaves it info requested',
      'info_requested',
      aDeal(),
      undefined,
      { registrationStatus: 'info_requested', protectionExpiresAt: null },
    ],
    [
      'the final approval protects it for 90 days by default',
      'approved',
      aDeal(),
      undefined,
      {
        registrationStatus: 'approved',
        protectionExpiresAt: '2027-02-22T12:00:00.000Z',
        rejectionReason: null,
      },
    ],
    [
      'the final approval protects it for the days given',
      'approved',
      aDeal(),
      60,
      { registrationStatus: 'approved', protectionExpiresAt: '2027-01-23T12:00:00.000Z' },
    ],
    [
      'a rejection of a deal without conflicts gives the reason other',
      'rejected',
      aDeal(),
      undefined,
      { registrationStatus: 'rejected', rejectionReason: 'other', protectionExpiresAt: null },
    ],
    [
      'a rejection of a deal listing conflicts gives channel_conflict',
      'rejected',
      conflicting,
      undefined,
      { registrationStatus: 'rejected', rejectionReason: 'channel_conflict' },
    ],
  ])('%s', (_case, status, deal, days, expected) => {
    const changed = dealRegistrationEffect(deal, registration(status), at, days);
    expect(changed).toEqual({ ...deal, ...expected });
  });
});

describe('dealRegistrationEffect of an extension', () => {
  const protectedDeal = aDeal({
    registrationStatus: 'approved',
    protectionExpiresAt: '2026-12-10T00:00:00.000Z',
    rejectionReason: null,
  });
  const extension = (status: Request['status']) =>
    aRequest({
      type: 'deal_registration',
      discountPercent: null,
      status,
      relatedRequestId: 'request-original',
    });

  it.each<Request['status']>([
    'pending_approval',
    'info_requested',
    'rejected',
    'withdrawn',
    'expired',
  ])('keeps the approval and the protection the original gave when %s', (status) => {
    expect(dealRegistrationEffect(protectedDeal, extension(status), at)).toBe(protectedDeal);
  });

  it('restarts the protection from the decision when approved', () => {
    expect(dealRegistrationEffect(protectedDeal, extension('approved'), at)).toEqual({
      ...protectedDeal,
      protectionExpiresAt: '2027-02-22T12:00:00.000Z',
    });
  });
});
