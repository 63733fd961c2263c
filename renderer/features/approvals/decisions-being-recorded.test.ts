import { firstValueFrom } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecisionAction } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { openCamDatabase, type CamDatabase } from '../../db/database';
import { decisionsBeingRecorded } from './decisions-being-recorded';
import { recordApprovals, recordDecision } from './record-decision';

const request = aRequest({ id: 'request-shown', territoryId: 'territory-a', currentStep: 0 });

let database: CamDatabase;
let counter = 0;
beforeEach(async () => {
  database = await openCamDatabase(`being-recorded-${++counter}`, getRxStorageMemory());
});
afterEach(async () => {
  if (!database.closed) await database.remove();
});

const decide = (action: DecisionAction, comment = '') =>
  recordDecision(database, { request, action, comment, userId: 'user-ana', deviceId: 'd1' });
const shownNow = () => firstValueFrom(decisionsBeingRecorded.decisions$);
const shownFor = async (requestId: string) =>
  [...(await shownNow()).values()].filter((decision) => decision.requestId === requestId);

describe('a decision shown from the click', () => {
  it('is shown before its write resolves, and the stored one takes over', async () => {
    const recording = decide('approve', 'Looks right');
    // Nothing awaited yet: the write has not happened.
    expect(await database.decisions.find().exec()).toHaveLength(0);
    const [shown] = await shownFor(request.id);
    expect(shown).toMatchObject({ action: 'approve', comment: 'Looks right', outcome: null });

    const stored = await recording;
    expect(stored.id).toBe(shown?.id);
    // The inbox's query reads it back and says so: the copy here goes.
    decisionsBeingRecorded.forgetStored([stored.id]);
    expect(await shownFor(request.id)).toEqual([]);
  });

  it('a click on a step that already has my decision waiting shows no second one', async () => {
    const first = await decide('approve');
    decisionsBeingRecorded.forgetStored([first.id]);
    const again = await decide('reject', 'Changed my mind');
    expect(again.id).toBe(first.id);
    expect(await shownFor(request.id)).toEqual([]);
  });

  it('a write that fails takes it away again and keeps its reason and comment', async () => {
    await database.close();
    await expect(decide('reject', 'Duplicate of request 7')).rejects.toThrow();
    expect(await shownFor(request.id)).toEqual([]);
    const failure = decisionsBeingRecorded.failureFor(request.id, 0, 'user-ana');
    expect(failure?.comment).toBe('Duplicate of request 7');
    expect(failure?.problem).not.toBe('');
  });

  it('a bulk approval shows every approval at once, and none for a request already waiting', async () => {
    const first = await decide('approve');
    decisionsBeingRecorded.forgetStored([first.id]);
    const others = [1, 2, 3].map((n) =>
      aRequest({ id: `request-bulk-${String(n)}`, territoryId: 'territory-a', currentStep: 0 }),
    );
    const approving = recordApprovals(database, {
      requests: [request, ...others],
      comment: '',
      userId: 'user-ana',
      deviceId: 'd1',
    });
    const shownAtClick = [...(await shownNow()).values()].map((decision) => decision.requestId);
    expect(shownAtClick).toEqual(expect.arrayContaining(others.map((one) => one.id)));
    const { recorded } = await approving;
    expect(recorded).toHaveLength(3);
    expect(await shownFor(request.id)).toEqual([]);
    decisionsBeingRecorded.forgetStored(recorded.map((decision) => decision.id));
    expect(await shownNow()).toEqual(new Map());
  });
});
