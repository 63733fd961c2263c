import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/schema';
import type { PushRow, WireDocument } from '../../shared/sync/protocol';
import { pushEachRow } from './push-decisions';
import { StoreRequestError } from './store-client';

const at = new Date('2026-12-01T10:00:00.000Z');

function row(id: string, comment = 'ok'): PushRow<Decision> {
  return {
    newDocumentState: {
      id,
      requestId: `request-${id}`,
      territoryId: 'territory-a',
      stepIndex: 0,
      action: 'approve',
      comment,
      amount: null,
      decidedBy: 'user-ana',
      deviceId: 'device-1',
      decidedAt: at.toISOString(),
      outcome: null,
      updatedAt: at.toISOString(),
      _deleted: false,
    },
  };
}

/**
 * A store that refuses, with a 400 naming the row (or not, or a 413), every row whose comment
 * contains "bad", and applies the others. Records what each push carried.
 */
function store(answer: 'names rows' | 'names nothing' | 'too large') {
  const pushes: string[][] = [];
  const push = (rows: PushRow<Decision>[]): Promise<WireDocument<Decision>[]> => {
    pushes.push(rows.map((candidate) => candidate.newDocumentState.id));
    const bad = rows.flatMap((candidate, index) =>
      candidate.newDocumentState.comment.includes('bad') ? [index] : [],
    );
    if (bad.length > 0) {
      const details =
        answer === 'names rows'
          ? bad.map((index) => ({
              path: `/body/${index}/newDocumentState/comment`,
              message: 'must not contain NUL',
            }))
          : [];
      const status = answer === 'too large' ? 413 : 400;
      return Promise.reject(new StoreRequestError(status, 'bad_request', 'Invalid', details));
    }
    return Promise.resolve(
      rows.map((candidate) => ({
        ...candidate.newDocumentState,
        outcome: {
          status: 'applied',
          reason: null,
          supersededBy: null,
          recordedAt: at.toISOString(),
        },
      })),
    );
  };
  return { push, pushes };
}

const outcomes = (documents: WireDocument<Decision>[]) =>
  Object.fromEntries(documents.map((document) => [document.id, document.outcome?.status]));

describe('pushing decisions row by row', () => {
  it.each(['names rows', 'names nothing', 'too large'] as const)(
    'a refused row (the store %s) never blocks the rows behind it',
    async (answer) => {
      const { push } = store(answer);
      const rows = [row('a'), row('b', 'bad \u0000'), row('c'), row('d'), row('e', 'bad')];
      const answered = await pushEachRow(push, rows, () => at);
      expect(outcomes(answered)).toEqual({
        a: 'applied',
        b: 'rejected',
        c: 'applied',
        d: 'applied',
        e: 'rejected',
      });
      expect(answered).toHaveLength(5);
    },
  );

  it('says why a row was refused, in the store words, and keeps what the CAM wrote', async () => {
    const { push, pushes } = store('names rows');
    const [refused] = await pushEachRow(push, [row('a', 'bad \u0000')], () => at);
    expect(refused?.outcome?.reason).toContain('comment must not contain NUL');
    expect(refused?.comment).toBe('bad \u0000');
    expect(pushes).toEqual([['a']]);
  });

  it('pushes the named rows once and the rest once more, not row by row', async () => {
    const { push, pushes } = store('names rows');
    await pushEachRow(push, [row('a'), row('b', 'bad'), row('c')], () => at);
    expect(pushes).toEqual([
      ['a', 'b', 'c'],
      ['a', 'c'],
    ]);
  });

  it('throws what is not about the rows, so the whole push is retried later', async () => {
    const failing = (status: number) => () =>
      Promise.reject(new StoreRequestError(status, 'unavailable', 'Try again'));
    await expect(pushEachRow(failing(503), [row('a')])).rejects.toThrow('Try again');
    await expect(pushEachRow(failing(401), [row('a')])).rejects.toThrow('Try again');
    await expect(
      pushEachRow(() => Promise.reject(new TypeError('Failed to fetch')), [row('a')]),
    ).rejects.toThrow(TypeError);
  });
});
