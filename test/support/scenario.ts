import type { App } from '../../server/app';
import type { Decider } from '../../server/decisions/judge-decision';
import { requestDefaults } from '../../shared/schema/request';
import type { Decision, Request, Territory, User } from '../../shared/schema';
import type { WireDocument } from '../../shared/sync/protocol';
import { aPartner } from './partners';

const at = '2026-11-20T09:00:00.000Z';

export const ana: Decider = { userId: 'user-cam-ana', role: 'cam', territoryIds: ['territory-a'] };
export const bob: Decider = { userId: 'user-cam-bob', role: 'cam', territoryIds: ['territory-b'] };
export const rita: Decider = {
  userId: 'user-rm-rita',
  role: 'regional_manager',
  territoryIds: ['territory-a', 'territory-b'],
};

export function aUser(decider: Decider, overrides: Partial<User> = {}): User {
  return {
    id: decider.userId,
    name: decider.userId,
    email: `${decider.userId}@camdesk.example`,
    role: decider.role,
    territoryIds: [...decider.territoryIds],
    managerId: null,
    active: true,
    away: null,
    updatedAt: at,
    ...overrides,
  };
}

export function aTerritory(id: string): Territory {
  return {
    id,
    name: id,
    region: 'Test',
    countries: ['US'],
    camIds: [],
    managerId: null,
    reportingCurrency: 'USD',
    exchangeRates: { baseCurrency: 'USD', rates: [] },
    rollup: null,
    updatedAt: at,
  };
}

/** A special-pricing request: a CAM step, then a regional manager step. */
export function aRequest(overrides: Partial<Request> = {}): Request {
  return {
    id: 'request-a1',
    type: 'special_pricing',
    partnerId: 'partner-a1',
    territoryId: 'territory-a',
    subjectId: 'deal-a1',
    title: '8 % discount for Acme',
    amount: { amountMinor: 5_000_000, currency: 'USD' },
    discountPercent: 8,
    status: 'pending_approval',
    currentStep: 0,
    steps: [
      {
        index: 0,
        role: 'cam',
        assigneeId: ana.userId,
        status: 'pending',
        dueAt: '2026-11-25T12:00:00.000Z',
        decidedAt: null,
        decidedBy: null,
        decisionId: null,
      },
      {
        index: 1,
        role: 'regional_manager',
        assigneeId: rita.userId,
        status: 'waiting',
        dueAt: null,
        decidedAt: null,
        decidedBy: null,
        decisionId: null,
      },
    ],
    slaHours: 48,
    submittedAt: at,
    dueAt: '2026-11-25T12:00:00.000Z',
    history: [],
    workflow: { definitionId: 'workflow-standard', version: 1 },
    ...requestDefaults(),
    updatedAt: at,
    ...overrides,
  };
}

export function aDecision(overrides: Partial<Decision> = {}): WireDocument<Decision> {
  return {
    id: 'decision-1',
    requestId: 'request-a1',
    territoryId: 'territory-a',
    stepIndex: 0,
    action: 'approve',
    comment: '',
    decidedBy: ana.userId,
    deviceId: 'device-test',
    decidedAt: '2026-11-24T11:00:00.000Z',
    amount: null,
    outcome: null,
    updatedAt: '2026-11-24T11:00:00.000Z',
    _deleted: false,
    ...overrides,
  };
}

/** Two territories, a CAM in each, a regional manager over both, partners and a request. */
export async function seedScenario(app: App) {
  await app.storeOf('territories').put([aTerritory('territory-a'), aTerritory('territory-b')]);
  await app.storeOf('users').put([aUser(ana), aUser(bob), aUser(rita)]);
  await app
    .storeOf('partners')
    .put([
      aPartner({ id: 'partner-a1', name: 'Alpha One', territoryId: 'territory-a' }),
      aPartner({ id: 'partner-a2', name: 'Alpha Two', territoryId: 'territory-a' }),
      aPartner({ id: 'partner-b1', name: 'Bravo One', territoryId: 'territory-b' }),
    ]);
  const bobsSteps = aRequest().steps.map((step) => ({
    ...step,
    assigneeId: step.role === 'cam' ? bob.userId : rita.userId,
  }));
  await app.storeOf('requests').put([
    aRequest(),
    aRequest({
      id: 'request-b1',
      partnerId: 'partner-b1',
      territoryId: 'territory-b',
      steps: bobsSteps,
    }),
  ]);
}
