import { describe, expect, it } from 'vitest';
import { registrationStatuses, requestStatuses } from '../schema';
import {
  awaitsDecision,
  isOpenRequest,
  openRequestStatuses,
  statusesAwaitingDecision,
} from './request-status';

describe('what a request status means', () => {
  it.each([
    ['submitted', true, true],
    ['under_review', true, true],
    ['info_requested', false, true],
    ['pending_approval', true, true],
    ['approved', false, false],
    ['rejected', false, false],
    ['withdrawn', false, false],
    ['expired', false, false],
    ['draft', false, false],
  ] as const)('%s: awaits a decision %s, open %s', (status, awaiting, open) => {
    expect(awaitsDecision(status)).toBe(awaiting);
    expect(isOpenRequest(status)).toBe(open);
  });

  it('lists, in the order of the status list, the statuses the predicates accept', () => {
    expect(statusesAwaitingDecision).toEqual(['submitted', 'under_review', 'pending_approval']);
    expect(openRequestStatuses).toEqual([
      'submitted',
      'under_review',
      'info_requested',
      'pending_approval',
    ]);
    for (const status of requestStatuses) {
      expect(statusesAwaitingDecision.includes(status)).toBe(awaitsDecision(status));
      expect(openRequestStatuses.includes(status)).toBe(isOpenRequest(status));
    }
  });

  it('words a deal registration the same as its request, with a draft before it', () => {
    expect(registrationStatuses).toEqual(['draft', ...requestStatuses]);
  });
});
