import { describe, expect, it } from 'vitest';
import type { Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { toInboxEntry, type Decider } from '../approvals/inbox/inbox-entry';
import {
  DUE_SOON_MS,
  REMEMBERED_KEYS,
  arrivalKey,
  arrivals,
  dueSoon,
  dueSoonKey,
  remember,
} from './notification-rules';

const ana: Decider = { id: 'user-cam-ana', role: 'cam', territoryIds: ['territory-a'] };
const entry = (overrides: Partial<Request> = {}) => toInboxEntry(aRequest(overrides));
const atRegionalStep = (request: Request): Request => ({
  ...request,
  currentStep: 1,
  steps: request.steps.map((step) =>
    step.index === 0
      ? { ...step, status: 'approved' as const }
      : { ...step, status: 'pending' as const },
  ),
});

describe('arrivals', () => {
  it.each([
    {
      name: 'a new request for me',
      change: { entry: entry(), previous: undefined },
      arrived: true,
    },
    {
      name: 'a request that already waited for me, changed',
      change: { entry: entry({ title: 'New title' }), previous: entry() },
      arrived: false,
    },
    {
      name: 'a request resubmitted to my step after a return',
      change: {
        entry: entry({
          history: [
            { at: '2026-11-25T09:00:00.000Z', actorId: null, action: 'resubmitted', note: '' },
          ],
        }),
        previous: entry({ status: 'info_requested' }),
      },
      arrived: true,
    },
    {
      name: 'a request forwarded from one of my steps to the next, also mine',
      change: {
        entry: toInboxEntry(
          atRegionalStep(
            aRequest({
              steps: aRequest().steps.map((step) => ({ ...step, role: 'cam', assigneeId: ana.id })),
            }),
          ),
        ),
        previous: entry(),
      },
      arrived: true,
    },
    {
      name: 'a request forwarded past my step',
      change: { entry: toInboxEntry(atRegionalStep(aRequest())), previous: entry() },
      arrived: false,
    },
    {
      name: 'a new request for another territory',
      change: { entry: entry({ territoryId: 'territory-b' }), previous: undefined },
      arrived: false,
    },
    {
      name: 'a new request already decided',
      change: { entry: entry({ status: 'approved' }), previous: undefined },
      arrived: false,
    },
  ])('$name', ({ change, arrived }) => {
    expect(arrivals([change], ana, new Set())).toHaveLength(arrived ? 1 : 0);
  });

  it('notifies a request once per event, however often it changes', () => {
    const change = { entry: entry(), previous: undefined };
    expect(arrivals([change, change], ana, new Set())).toHaveLength(1);
    expect(arrivals([change], ana, new Set([arrivalKey(change.entry)]))).toEqual([]);
  });
});

describe('dueSoon', () => {
  const now = Date.parse('2026-11-25T08:00:00.000Z');
  const dueIn = (ms: number) => entry({ dueAt: new Date(now + ms).toISOString() });
  it.each([
    { name: 'due within 4 hours', ms: DUE_SOON_MS - 60_000, soon: true },
    { name: 'due in exactly 4 hours', ms: DUE_SOON_MS, soon: true },
    { name: 'due in 4 hours and a minute', ms: DUE_SOON_MS + 60_000, soon: false },
    { name: 'already overdue', ms: -60_000, soon: false },
  ])('$name', ({ ms, soon }) => {
    expect(dueSoon([dueIn(ms)], ana, now, new Set())).toHaveLength(soon ? 1 : 0);
  });

  it('does not notify the same deadline twice, but does a new one', () => {
    const first = dueIn(3_600_000);
    const notified = new Set([dueSoonKey(first)]);
    expect(dueSoon([first], ana, now, notified)).toEqual([]);
    expect(dueSoon([dueIn(7_200_000)], ana, now, notified)).toHaveLength(1);
  });
});

describe('remember', () => {
  it('keeps the newest keys up to the bound, each once', () => {
    const known = Array.from({ length: REMEMBERED_KEYS }, (_, index) => `key-${index}`);
    const kept = remember(known, ['key-5', 'key-new']);
    expect(kept).toHaveLength(REMEMBERED_KEYS);
    expect(kept.slice(-2)).toEqual(['key-5', 'key-new']);
    expect(kept).not.toContain('key-0');
  });
});
