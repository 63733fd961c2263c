import { describe, expect, it } from 'vitest';
import { agreementStanding, certificationHolds } from './agreement-standing';

const agreement = (signedOn: string | null, expiresOn: string | null) => ({
  id: 'agreement-1',
  kind: 'reseller' as const,
  signedOn,
  expiresOn,
});

describe('where an agreement stands', () => {
  it.each([
    [null, '2027-01-01', 'unsigned'],
    ['2025-01-01', null, 'current'],
    ['2025-01-01', '2026-12-01', 'expired'],
    ['2025-01-01', '2026-12-02', 'expiring'],
    ['2025-01-01', '2027-01-31', 'expiring'],
    ['2025-01-01', '2027-02-01', 'current'],
  ] as const)('signed %s, expires %s: %s', (signedOn, expiresOn, expected) => {
    expect(agreementStanding(agreement(signedOn, expiresOn), '2026-12-02')).toBe(expected);
  });

  it.each([
    [null, true],
    ['2026-12-02T10:00:00.000Z', true],
    ['2026-12-02T08:00:00.000Z', false],
  ] as const)('a certification expiring %s holds: %s', (expiresAt, expected) => {
    expect(certificationHolds(expiresAt, '2026-12-02T09:00:00.000Z')).toBe(expected);
  });
});
