import { describe, expect, it } from 'vitest';
import type { UserRole, WorkflowDefinition } from '../../shared/schema';
import { standardWorkflowV1 } from '../workflow/standard-definition';
import { escalationTarget } from './escalation-rule';

/** Version 2: a deal registration's CAM step escalates straight to the director. */
const camToDirector: WorkflowDefinition = {
  ...standardWorkflowV1,
  version: 2,
  requestTypes: standardWorkflowV1.requestTypes.map((workflow) =>
    workflow.type === 'deal_registration'
      ? {
          ...workflow,
          steps: workflow.steps.map((step) =>
            step.role === 'cam' ? { ...step, escalateTo: 'director' as const } : step,
          ),
        }
      : workflow,
  ),
};

describe('escalationTarget: who takes a breached step', () => {
  it.each([
    [
      'special pricing, CAM: the next role up the matrix',
      standardWorkflowV1,
      'special_pricing',
      'cam',
      { role: 'regional_manager', slaHours: 24 },
    ],
    [
      'special pricing, manager: the director',
      standardWorkflowV1,
      'special_pricing',
      'regional_manager',
      { role: 'director', slaHours: 24 },
    ],
    ['the top of the matrix: nobody', standardWorkflowV1, 'mdf_claim', 'finance', undefined],
    [
      'a role outside the matrix: nobody',
      standardWorkflowV1,
      'deal_registration',
      'deal_desk',
      undefined,
    ],
    [
      'the step’s escalateTo wins over the matrix',
      camToDirector,
      'deal_registration',
      'cam',
      { role: 'director', slaHours: 48 },
    ],
    [
      'a role the chain lacks: the request’s SLA',
      standardWorkflowV1,
      'partner_onboarding',
      'regional_manager',
      { role: 'director', slaHours: 12 },
    ],
  ] as const)('%s', (_case, definition, type, role: UserRole, expected) => {
    expect(escalationTarget(definition, { type, slaHours: 12 }, role)).toEqual(expected);
  });
});
