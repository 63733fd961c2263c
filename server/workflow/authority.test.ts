import { describe, expect, it } from 'vitest';
import type { Request, UserRole } from '../../shared/schema';
import { authorityShortfall } from './authority';
import type { ExchangeRate } from './exchange-rates';
import { standardWorkflowV1 } from './standard-definition';

const rates: ExchangeRate[] = [
  { baseCurrency: 'USD', currency: 'EUR', validOn: '2026-01-01', unitsPerBase: 0.92 },
  { baseCurrency: 'USD', currency: 'EUR', validOn: '2026-12-01', unitsPerBase: 0.5 },
];
type Asked = Pick<Request, 'type' | 'amount' | 'discountPercent' | 'submittedAt'>;
const asked = (
  discountPercent: number | null,
  amountMinor: number | null,
  currency = 'USD',
  type: Request['type'] = 'special_pricing',
): Asked => ({
  type,
  discountPercent,
  amount: amountMinor === null ? null : { amountMinor, currency },
  submittedAt: '2026-11-20T09:00:00.000Z',
});

describe('authorityShortfall on the standard workflow, version 1', () => {
  it.each<[string, UserRole, Asked]>([
    ['a CAM at both limits', 'cam', asked(10, 5_000_000)],
    ['a CAM with no amount', 'cam', asked(10, null)],
    ['a manager at both limits', 'regional_manager', asked(20, 25_000_000)],
    ['a director at both limits', 'director', asked(30, 100_000_000)],
    ['finance, anything', 'finance', asked(100, 900_000_000_000)],
    ['a CAM, EUR 46,000 (USD 50,000 at 0.92)', 'cam', asked(8, 4_600_000, 'EUR')],
    [
      'a CAM on a deal registration (no authority check)',
      'cam',
      asked(null, 900_000_000, 'USD', 'deal_registration'),
    ],
  ])('lets %s approve', (_case, role, request) => {
    expect(authorityShortfall(standardWorkflowV1, role, request, rates)).toBeNull();
  });

  it.each<[string, UserRole, Asked, string]>([
    [
      'a CAM one percent deeper',
      'cam',
      asked(11, 100),
      'A 11 % discount exceeds your approval authority of 10 %.',
    ],
    [
      'a CAM one cent above',
      'cam',
      asked(5, 5_000_001),
      'USD 50,000.01 exceeds your approval authority of USD 50,000.',
    ],
    [
      'a CAM on EUR 97,974 (the rate of the submission day, not a later one)',
      'cam',
      asked(8, 9_797_400, 'EUR'),
      'EUR 97,974 (USD 106,493.48 at the rate of 2026-01-01) exceeds your approval authority of USD 50,000.',
    ],
    [
      'a CAM one cent above, in euros',
      'cam',
      asked(8, 4_600_001, 'EUR'),
      'EUR 46,000.01 (USD 50,000.01 at the rate of 2026-01-01) exceeds your approval authority of USD 50,000.',
    ],
    [
      'a director beyond USD 1,000,000',
      'director',
      asked(25, 100_000_001),
      'USD 1,000,000.01 exceeds your approval authority of USD 1,000,000.',
    ],
    [
      'a CAM on an amount in a currency with no rate',
      'cam',
      asked(5, 100_000, 'GBP'),
      'No GBP to USD exchange rate valid on 2026-11-20 is on file, so GBP 1,000 cannot be checked against an approval limit in USD.',
    ],
    [
      'the deal desk, which holds no authority',
      'deal_desk',
      asked(5, 100),
      'The final approval needs approval authority, and the deal desk holds none in workflow workflow-standard version 1.',
    ],
  ])('refuses %s', (_case, role, request, reason) => {
    expect(authorityShortfall(standardWorkflowV1, role, request, rates)).toBe(reason);
  });
});
