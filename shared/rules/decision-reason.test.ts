import { describe, expect, it } from 'vitest';
import { lacksRequiredReason } from './decision-reason';

describe('a decision that needs a reason', () => {
  it.each([
    ['approve', '', false],
    ['approve', 'Fits the plan', false],
    ['reject', '', true],
    ['reject', ' \t\n ', true],
    ['reject', 'Duplicate registration', false],
    ['return_for_info', '', true],
    ['return_for_info', '¿Qué cliente final?', false],
  ] as const)('%s with %j lacks a reason: %s', (action, comment, lacks) => {
    expect(lacksRequiredReason(action, comment)).toBe(lacks);
  });
});
