import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../shared/schema';
import { standardWorkflowV1 } from './standard-definition';
import { workflowDefinitionProblems } from './validate';

const changed = (change: (definition: WorkflowDefinition) => void): WorkflowDefinition => {
  const definition = structuredClone(standardWorkflowV1);
  change(definition);
  return definition;
};

describe('workflowDefinitionProblems', () => {
  it('finds none in the standard workflow', () => {
    expect(workflowDefinitionProblems(standardWorkflowV1)).toEqual([]);
  });

  it.each([
    [
      'a missing chain',
      changed((d) => void d.requestTypes.pop()),
      /partner_onboarding needs exactly one chain, not 0/,
    ],
    [
      'a conditional first step',
      changed((d) => {
        const first = d.requestTypes[0]?.steps[0];
        if (first) first.when = [{ amountAboveMinor: 1 }];
      }),
      /first step of deal_registration must apply to every request/,
    ],
    [
      'an authority chain ending below unlimited authority',
      changed((d) => void d.requestTypes[1]?.steps.pop()),
      /special_pricing checks authority, so its last step needs a role with no limit/,
    ],
    [
      'a role with two limits',
      changed((d) => d.authority.push({ role: 'cam', maxDiscountPercent: 5, maxAmountMinor: 1 })),
      /cam has more than one authority limit/,
    ],
    ['a bad shape', { ...standardWorkflowV1, baseCurrency: 'usd' }, /baseCurrency/],
  ])('finds %s', (_case, candidate, problem) => {
    expect(workflowDefinitionProblems(candidate).join(' ')).toMatch(problem);
  });
});
