import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../shared/schema';
import { aDecision, aRequest } from '../../../../test/support/scenario';
import { auditCsv, auditTrail, type AuditLabels } from './audit-trail';

const submitted = {
  at: '2026-11-20T09:00:00.000Z',
  actorId: null,
  action: 'submitted' as const,
  note: 'Portal',
};
const appliedAt = '2026-11-24T11:00:03.000Z';
const applied: Decision = aDecision({
  id: 'decision-applied',
  decidedAt: '2026-11-24T10:59:00.000Z',
  comment: 'Fine',
  outcome: { status: 'applied', reason: null, supersededBy: null, recordedAt: appliedAt },
});
const superseded: Decision = aDecision({
  id: 'decision-late',
  decidedBy: 'user-cam-diego',
  deviceId: 'device-diego',
  action: 'reject',
  comment: 'Direct team engaged',
  decidedAt: '2026-11-24T10:58:00.000Z',
  outcome: {
    status: 'superseded',
    reason: 'Step 1 was already decided (approved).',
    supersededBy: 'decision-applied',
    recordedAt: '2026-11-24T11:05:00.000Z',
  },
});
const waiting: Decision = aDecision({
  id: 'decision-waiting',
  stepIndex: 1,
  decidedAt: '2026-11-25T08:00:00.000Z',
});
const history = [
  submitted,
  { at: appliedAt, actorId: 'user-cam-ana', action: 'approve' as const, note: 'Fine' },
  // Decided by someone whose decision this device never received.
  {
    at: '2026-11-21T15:00:00.000Z',
    actorId: 'user-rm-rita',
    action: 'return_for_info' as const,
    note: 'Which quarter?',
  },
];

describe('auditTrail', () => {
  const trail = auditTrail(aRequest({ history }), [waiting, applied, superseded]);

  it('lists every decision attempt and every other event once, oldest first', () => {
    expect(trail.map((entry) => [entry.at, entry.action, entry.outcome])).toEqual([
      ['2026-11-20T09:00:00.000Z', 'submitted', null],
      ['2026-11-21T15:00:00.000Z', 'return_for_info', 'applied'],
      ['2026-11-24T10:58:00.000Z', 'reject', 'superseded'],
      ['2026-11-24T10:59:00.000Z', 'approve', 'applied'],
      ['2026-11-25T08:00:00.000Z', 'approve', 'waiting'],
    ]);
  });

  it('keeps who, from which device, and the outcome with its reason', () => {
    expect(trail.find((entry) => entry.decisionId === 'decision-late')).toMatchObject({
      actorId: 'user-cam-diego',
      deviceId: 'device-diego',
      stepIndex: 0,
      outcomeReason: 'Step 1 was already decided (approved).',
      recordedAt: '2026-11-24T11:05:00.000Z',
      comment: 'Direct team engaged',
    });
  });

  it('keeps a history decision that only matches by time when the person differs', () => {
    const other = history.map((event) =>
      event.action === 'approve' ? { ...event, actorId: 'user-cam-diego' } : event,
    );
    const entries = auditTrail(aRequest({ history: other }), [applied]);
    expect(entries.filter((entry) => entry.action === 'approve')).toHaveLength(2);
  });
});

describe('auditCsv', () => {
  const labels: AuditLabels = {
    header: [
      'Request',
      'When',
      'What',
      'Step',
      'Who',
      'Device',
      'Outcome',
      'Reason',
      'Recorded',
      'Comment',
      'Decision',
    ],
    action: (action) => action.toUpperCase(),
    outcome: (outcome) => `<${outcome}>`,
    person: (userId) => (userId === null ? 'Partner' : `Name of ${userId}`),
  };

  it('writes one record per entry under the header, formula-safe', () => {
    const evil = aDecision({ id: 'decision-evil', comment: '=cmd|"/c calc"!A1' });
    const csv = auditCsv(
      'request-a1',
      auditTrail(aRequest({ history: [submitted] }), [evil]),
      labels,
    );
    expect(csv.split('\r\n')).toEqual([
      'Request,When,What,Step,Who,Device,Outcome,Reason,Recorded,Comment,Decision',
      'request-a1,2026-11-20T09:00:00.000Z,SUBMITTED,,Partner,,,,,Portal,',
      `request-a1,2026-11-24T11:00:00.000Z,APPROVE,1,Name of user-cam-ana,device-test,<waiting>,,,"'=cmd|""/c calc""!A1",decision-evil`,
      '',
    ]);
  });
});
