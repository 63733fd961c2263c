import { describe, expect, it } from 'vitest';
import type { Decision, Request } from '../../../../shared/schema';
import { aDecision, aRequest } from '../../../../test/support/scenario';
import { byUrgency, overdueBy, toInboxEntry, waitsFor, type Decider } from './inbox-entry';
import { buildInboxIndex, filterInbox, noFilter, normaliseForSearch } from './inbox-filter';
import { canDecide, myDecisionByRequest } from './my-decisions';

const ana: Decider = { id: 'user-cam-ana', role: 'cam', territoryIds: ['territory-a'] };
const now = Date.parse('2026-11-26T00:00:00.000Z');

const withStep = (overrides: Partial<Request['steps'][number]>, request = aRequest()) => ({
  ...request,
  steps: request.steps.map((step, index) => (index === 0 ? { ...step, ...overrides } : step)),
});

describe('which requests wait for me', () => {
  it.each([
    {
      name: 'assigned to me, my role, my territory',
      request: aRequest(),
      scope: 'mine',
      expected: true,
    },
    {
      name: 'assigned to nobody yet',
      request: withStep({ assigneeId: null }),
      scope: 'mine',
      expected: true,
    },
    {
      name: 'assigned to another CAM',
      request: withStep({ assigneeId: 'user-cam-diego' }),
      scope: 'mine',
      expected: false,
    },
    {
      name: "another CAM's, in the team queue",
      request: withStep({ assigneeId: 'user-cam-diego' }),
      scope: 'role',
      expected: true,
    },
    {
      name: 'a step of another role',
      request: withStep({ role: 'regional_manager' }),
      scope: 'role',
      expected: false,
    },
    {
      name: 'another territory',
      request: aRequest({ territoryId: 'territory-b' }),
      scope: 'role',
      expected: false,
    },
    {
      name: 'returned to the partner',
      request: aRequest({ status: 'info_requested' }),
      scope: 'role',
      expected: false,
    },
    {
      name: 'already approved',
      request: aRequest({ status: 'approved' }),
      scope: 'role',
      expected: false,
    },
    {
      name: 'submitted',
      request: aRequest({ status: 'submitted' }),
      scope: 'mine',
      expected: true,
    },
    {
      name: 'past its last step',
      request: aRequest({ currentStep: 2 }),
      scope: 'role',
      expected: false,
    },
  ] as const)('$name ($scope scope): $expected', ({ request, scope, expected }) => {
    expect(waitsFor(toInboxEntry(request), ana, scope)).toBe(expected);
  });
});

describe('urgency', () => {
  const entry = (id: string, dueAt: string) => toInboxEntry(aRequest({ id, dueAt }));

  it('sorts the most overdue first, then the soonest due, ties by id', () => {
    const sorted = [
      entry('later', '2026-11-27T00:00:00.000Z'),
      entry('b-overdue', '2026-11-20T00:00:00.000Z'),
      entry('most-overdue', '2026-11-01T00:00:00.000Z'),
      entry('a-overdue', '2026-11-20T00:00:00.000Z'),
      entry('soon', '2026-11-25T06:00:00.000Z'),
    ].sort(byUrgency);
    expect(sorted.map((one) => one.id)).toEqual([
      'most-overdue',
      'a-overdue',
      'b-overdue',
      'soon',
      'later',
    ]);
  });

  it('says how overdue a request is, and nothing for one not yet due', () => {
    expect(overdueBy(entry('x', '2026-11-25T21:00:00.000Z'), now)).toBe(3 * 3_600_000);
    expect(overdueBy(entry('y', '2026-11-26T00:00:01.000Z'), now)).toBe(0);
  });

  it('the round starts at the latest resubmission', () => {
    const resubmitted = toInboxEntry(
      aRequest({
        history: [
          { at: '2026-11-22T00:00:00.000Z', actorId: null, action: 'resubmitted', note: '' },
          { at: '2026-11-23T00:00:00.000Z', actorId: null, action: 'comment', note: '' },
        ],
      }),
    );
    expect(resubmitted.roundStartedAt).toBe('2026-11-22T00:00:00.000Z');
  });
});

describe('search and filters', () => {
  const requests = [
    aRequest({
      id: 'r-1',
      type: 'deal_registration',
      partnerId: 'p-garcia',
      title: 'Deal · Ñandú',
    }),
    aRequest({
      id: 'r-2',
      partnerId: 'p-acme',
      amount: { amountMinor: 1_000_000, currency: 'USD' },
    }),
    aRequest({
      id: 'r-3',
      partnerId: 'p-acme',
      amount: { amountMinor: 2_000_000, currency: 'JPY' },
    }),
    aRequest({
      id: 'r-4',
      type: 'partner_onboarding',
      partnerId: 'p-garcia',
      amount: null,
      dueAt: '2026-12-20T00:00:00.000Z',
    }),
  ];
  const names: Record<string, string> = { 'p-garcia': 'Soluciones García', 'p-acme': 'Acme' };
  const index = buildInboxIndex(
    requests.map(toInboxEntry),
    (id) => names[id],
    (type) => type.replace('_', ' '),
  );
  const ids = (filter: Partial<typeof noFilter>, conflicting: ReadonlySet<string> | null = null) =>
    filterInbox(index, { ...noFilter, ...filter }, now, conflicting).entries.map((one) => one.id);

  it.each([
    ['GARCIA', ['r-1', 'r-4']],
    ['soluciones garcía', ['r-1', 'r-4']],
    ['nandu', ['r-1']],
    ['acme r-3', ['r-3']],
    ['onboarding', ['r-4']],
    ['  ', ['r-1', 'r-2', 'r-3', 'r-4']],
    ['nobody', []],
  ])('search "%s"', (text, expected) => {
    expect(ids({ text })).toEqual(expected);
  });

  it('a partner name or a type label that changes is searched by its new words', () => {
    const entries = requests.map(toInboxEntry);
    const label = (type: string) => type.replace('_', ' ');
    const before = buildInboxIndex(entries, () => undefined, label);
    const search = (built: typeof index, text: string) =>
      filterInbox(built, { ...noFilter, text }, now, null).entries.map((one) => one.id);
    expect(search(before, 'garcia')).toEqual([]);
    const named = buildInboxIndex(entries, (id) => names[id], label);
    expect(search(named, 'garcia')).toEqual(['r-1', 'r-4']);
    const spanish = buildInboxIndex(
      entries,
      (id) => names[id],
      (type) => (type === 'partner_onboarding' ? 'alta de socio' : label(type)),
    );
    expect(search(spanish, 'alta')).toEqual(['r-4']);
    expect(search(spanish, 'onboarding')).toEqual([]);
  });

  it('normalises accents and case', () => {
    expect(normaliseForSearch('ÉLAN Ñandú Çà')).toBe('elan nandu ca');
  });

  it.each([
    [{ type: 'deal_registration' }, ['r-1']],
    [{ partnerId: 'p-acme' }, ['r-2', 'r-3']],
    // In each request's own currency: 10,000 USD and 2,000,000 JPY (no minor digits).
    [{ minAmount: 20_000 }, ['r-1', 'r-3']],
    [{ maxAmount: 10_000 }, ['r-2']],
    [{ minAmount: 1, maxAmount: 50_000 }, ['r-1', 'r-2']],
    [{ overdueOnly: true }, ['r-1', 'r-2', 'r-3']],
  ] as const)('filter %o', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('the conflict filter keeps the conflicting ones, and nothing while they are unknown', () => {
    expect(ids({ conflictOnly: true }, new Set(['r-1']))).toEqual(['r-1']);
    expect(ids({ conflictOnly: true }, null)).toEqual([]);
  });

  it('counts follow the filter; type counts ignore only the type filter', () => {
    const result = filterInbox(
      index,
      { ...noFilter, partnerId: 'p-garcia', type: 'partner_onboarding' },
      now,
      null,
    );
    expect(result.entries.map((one) => one.id)).toEqual(['r-4']);
    expect(result.overdue).toBe(0);
    expect(Object.fromEntries(result.byType)).toEqual({
      deal_registration: 1,
      partner_onboarding: 1,
    });
  });
});

describe('my decision for each request', () => {
  const entry = toInboxEntry(
    aRequest({ id: 'r-1', currentStep: 1, submittedAt: '2026-11-20T00:00:00.000Z' }),
  );
  const entries = new Map([[entry.id, entry]]);
  const decision = (overrides: Partial<Decision>) =>
    aDecision({ requestId: 'r-1', stepIndex: 1, ...overrides });

  it('the latest decision of this round for the waiting step', () => {
    const mine = myDecisionByRequest(
      [
        decision({ id: 'old-step', stepIndex: 0, decidedAt: '2026-11-24T00:00:00.000Z' }),
        decision({ id: 'earlier', decidedAt: '2026-11-21T00:00:00.000Z' }),
        decision({ id: 'latest', decidedAt: '2026-11-22T00:00:00.000Z' }),
        decision({ id: 'last-round', decidedAt: '2026-11-19T00:00:00.000Z' }),
        decision({ id: 'not-listed', requestId: 'r-9' }),
      ],
      entries,
    );
    expect([...mine.keys()]).toEqual(['r-1']);
    expect(mine.get('r-1')?.id).toBe('latest');
  });

  it('only a decision from an earlier round: none', () => {
    expect(
      myDecisionByRequest([decision({ decidedAt: '2026-11-19T00:00:00.000Z' })], entries).size,
    ).toBe(0);
  });

  it.each([
    ['no decision yet: may decide', undefined, true],
    ['mine waits for the store: may not', decision({}), false],
    [
      'the store refused mine: may decide again',
      decision({
        outcome: { status: 'rejected', reason: 'x', supersededBy: null, recordedAt: 'x' },
      }),
      true,
    ],
  ])('%s', (_name, mine, expected) => {
    expect(canDecide(mine)).toBe(expected);
  });
});
