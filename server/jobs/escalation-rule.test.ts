import { describe, expect, it } from 'vitest';
import type { UserRole, WorkflowDefinition } from '../../shared/schema';
import { standardWorkflowV1 } from '../workflow/standard-definition';
import { aRequest } from '../../test/support/scenario';
import { escalated, escalationTarget } from './escalation-rule';

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

describe('escalated: the breached step, and the step of the role it goes to', () => {
  const now = new Date('2026-11-25T13:00:00.000Z');
  const holderOf = (role: UserRole) => `user-${role}`;
  const step = (index: number, role: UserRole, status: 'pending' | 'waiting') => ({
    index,
    role,
    assigneeId: status === 'pending' ? `user-${role}-own` : null,
    status,
    dueAt: status === 'pending' ? '2026-11-25T12:00:00.000Z' : null,
    decidedAt: null,
    decidedBy: null,
    decisionId: null,
  });
  const pricing = (steps: ReturnType<typeof step>[]) =>
    aRequest({ type: 'special_pricing', steps, currentStep: 0 });

  it('moves on to the manager’s own step when it comes next, skipping the CAM’s', () => {
    const request = pricing([step(0, 'cam', 'pending'), step(1, 'regional_manager', 'waiting')]);
    const result = escalated(request, standardWorkflowV1, holderOf, now);
    expect(result?.currentStep).toBe(1);
    expect(result?.steps.map((s) => [s.role, s.status])).toEqual([
      ['cam', 'skipped'],
      ['regional_manager', 'pending'],
    ]);
    expect(result?.steps[1]).toMatchObject({
      assigneeId: 'user-regional_manager',
      dueAt: '2026-11-26T13:00:00.000Z',
    });
    expect(result?.history.at(-1)?.note).toMatch(/moves on to step 2/);
  });

  it('keeps the step and changes its holder when the next step is another role', () => {
    const request = pricing([step(0, 'cam', 'pending'), step(1, 'director', 'waiting')]);
    const result = escalated(request, standardWorkflowV1, holderOf, now);
    expect(result?.currentStep).toBe(0);
    expect(result?.steps.map((s) => [s.role, s.status])).toEqual([
      ['regional_manager', 'pending'],
      ['director', 'waiting'],
    ]);
  });

  it('changes nothing before the SLA runs out, or with nobody above', () => {
    const request = pricing([step(0, 'cam', 'pending'), step(1, 'regional_manager', 'waiting')]);
    expect(escalated(request, standardWorkflowV1, holderOf, new Date('2026-11-25T11:00:00Z'))).toBe(
      undefined,
    );
    expect(escalated(request, standardWorkflowV1, () => null, now)).toBeUndefined();
  });
});
