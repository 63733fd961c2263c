import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecisionAction, Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { openCamDatabase, type CamDatabase } from '../../db/database';
import { ReasonRequiredError, recordApprovals, recordDecision } from './record-decision';

const request = aRequest({ id: 'request-1', territoryId: 'territory-a', currentStep: 0 });

let database: CamDatabase;
let counter = 0;
beforeEach(async () => {
  database = await openCamDatabase(`record-decision-${++counter}`, getRxStorageMemory());
});
afterEach(async () => {
  await database.remove();
});

const decide = (action: DecisionAction, comment = '', on: Request = request) =>
  recordDecision(database, { request: on, action, comment, userId: 'user-ana', deviceId: 'd1' });
const stored = () => database.decisions.find().exec();

describe('recording a decision', () => {
  it('one click is one decision: a double click records a single decision', async () => {
    const [first, second] = await Promise.all([decide('approve'), decide('approve')]);
    expect(second.id).toBe(first.id);
    expect(await stored()).toHaveLength(1);
  });

  it('a later click while the first still waits for the store records nothing new', async () => {
    const first = await decide('approve');
    const again = await decide('reject', 'Changed my mind');
    expect(again.id).toBe(first.id);
    expect(await stored()).toHaveLength(1);
  });

  it('once the store has answered, the CAM may decide the same step again', async () => {
    const first = await decide('approve');
    await database.decisions.findOne(first.id).incrementalPatch({
      outcome: {
        status: 'rejected',
        reason: 'Not sent',
        supersededBy: null,
        recordedAt: new Date().toISOString(),
      },
    });
    const second = await decide('approve');
    expect(second.id).not.toBe(first.id);
    expect(await stored()).toHaveLength(2);
  });

  it('another step of the same request is another decision', async () => {
    await decide('approve');
    await decide('approve', '', { ...request, currentStep: 1 });
    expect(await stored()).toHaveLength(2);
  });

  it.each([
    ['reject', ''],
    ['reject', '   \n'],
    ['return_for_info', ''],
  ] as const)('%s with the reason "%s" is refused and records nothing', async (action, reason) => {
    await expect(decide(action, reason)).rejects.toBeInstanceOf(ReasonRequiredError);
    expect(await stored()).toHaveLength(0);
  });

  it.each([
    ['approve', ''],
    ['reject', 'Duplicate of an existing registration'],
    ['return_for_info', 'Which end customer? ¿Cuál?'],
  ] as const)('%s with "%s" is recorded', async (action, reason) => {
    const decision = await decide(action, reason);
    expect(decision.comment).toBe(reason);
    expect(await stored()).toHaveLength(1);
  });
});

describe('approving a selection', () => {
  const requests = Array.from({ length: 200 }, (_, n) =>
    aRequest({ id: `request-${n}`, territoryId: 'territory-a', currentStep: 0 }),
  );
  const at = (position: number) => {
    const found = requests[position];
    if (!found) throw new Error(`no request ${position}`);
    return found;
  };
  const approveAll = (on: readonly Request[] = requests) =>
    recordApprovals(database, { requests: on, comment: '', userId: 'user-ana', deviceId: 'd1' });

  it('records one approval per request, all of them waiting for the store', async () => {
    const { recorded, alreadyWaiting } = await approveAll();
    expect(recorded).toHaveLength(200);
    expect(alreadyWaiting).toEqual([]);
    const all = await stored();
    expect(new Set(all.map((decision) => decision.requestId)).size).toBe(200);
    expect(all.every((decision) => decision.action === 'approve' && !decision.outcome)).toBe(true);
  });

  it('a request with my decision already waiting gets no second one', async () => {
    const first = await decide('approve', '', at(3));
    const { recorded, alreadyWaiting } = await approveAll(requests.slice(0, 10));
    expect(recorded).toHaveLength(9);
    expect(alreadyWaiting).toEqual([first.requestId]);
    expect(await stored()).toHaveLength(10);
  });

  it('a selection approved twice at once, or clicked meanwhile, records each request once', async () => {
    const selection = requests.slice(0, 20);
    const [bulk, again, click] = await Promise.all([
      approveAll(selection),
      approveAll(selection),
      decide('approve', '', at(5)),
    ]);
    expect(bulk.recorded).toHaveLength(20);
    expect(again.recorded).toHaveLength(0);
    expect(click.requestId).toBe('request-5');
    expect(await stored()).toHaveLength(20);
  });

  it('the same request twice in a selection is one decision', async () => {
    const { recorded } = await approveAll([request, request]);
    expect(recorded).toHaveLength(1);
  });
});

describe('approving in part', () => {
  const mdf = aRequest({
    id: 'request-mdf',
    territoryId: 'territory-a',
    currentStep: 0,
    type: 'mdf_preapproval',
    amount: { amountMinor: 500_000, currency: 'EUR' },
    approvedAmount: null,
  });
  const approve = (amount: { amountMinor: number; currency: string }, on: Request = mdf) =>
    recordDecision(database, {
      request: on,
      action: 'approve',
      comment: '',
      amount,
      userId: 'user-ana',
      deviceId: 'd1',
    });

  it('records the approved amount with the decision', async () => {
    const decision = await approve({ amountMinor: 400_000, currency: 'EUR' });
    expect(decision.amount).toEqual({ amountMinor: 400_000, currency: 'EUR' });
    expect((await stored())[0]?.amount).toEqual({ amountMinor: 400_000, currency: 'EUR' });
  });

  it.each([
    [{ amountMinor: 600_000, currency: 'EUR' }, mdf, /more than/],
    [{ amountMinor: 0, currency: 'EUR' }, mdf, /above zero/],
    [{ amountMinor: 100, currency: 'USD' }, mdf, /in USD/],
    [
      { amountMinor: 100, currency: 'EUR' },
      { ...mdf, type: 'deal_registration' as const },
      /in part/,
    ],
  ])('refuses %j before the outbox, as the store would', async (amount, on, message) => {
    await expect(approve(amount, on)).rejects.toThrow(message);
    expect(await stored()).toHaveLength(0);
  });
});
