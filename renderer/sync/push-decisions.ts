import type { Decision } from '../../shared/schema';
import type { PushRow, WireDocument } from '../../shared/sync/protocol';
import { StoreRequestError } from './store-client';

export type PushDecisions = (rows: PushRow<Decision>[]) => Promise<WireDocument<Decision>[]>;

/** `/body/3/newDocumentState/comment` → 3: the store names the rows it refused (docs/sync-protocol.md). */
const ROW_PATH = /^\/body\/(\d+)(\/|$)/;

/**
 * Pushes decisions so that one row the store refuses never blocks the rows behind it. A 400 that
 * names rows marks just those rows as refused, with the store's reason, and the rest are pushed
 * again; a 400 or 413 that names none is split in halves until the refused row stands alone.
 * A refused row gets a local outcome (rejected, "not sent"), so it leaves the outbox and the CAM
 * sees why. Errors that are not about the rows (offline, 5xx, 401) are thrown: the whole push is
 * retried later, as it should be.
 */
export async function pushEachRow(
  push: PushDecisions,
  rows: PushRow<Decision>[],
  now: () => Date = () => new Date(),
): Promise<WireDocument<Decision>[]> {
  if (rows.length === 0) return [];
  try {
    return await push(rows);
  } catch (error) {
    if (!isRefusalOfRows(error)) throw error;
    const named = refusedRows(error, rows.length);
    if (named.size > 0) {
      const refused = [...named.entries()].map(([index, reason]) =>
        notSent(rowAt(rows, index), reason, now()),
      );
      const rest = rows.filter((_, index) => !named.has(index));
      return [...refused, ...(await pushEachRow(push, rest, now))];
    }
    if (rows.length === 1) return [notSent(rowAt(rows, 0), error.message, now())];
    const half = Math.ceil(rows.length / 2);
    return [
      ...(await pushEachRow(push, rows.slice(0, half), now)),
      ...(await pushEachRow(push, rows.slice(half), now)),
    ];
  }
}

function isRefusalOfRows(error: unknown): error is StoreRequestError {
  return error instanceof StoreRequestError && (error.status === 400 || error.status === 413);
}

/** Row index → the store's words about it, for every detail that names a row. */
function refusedRows(error: StoreRequestError, count: number): Map<number, string> {
  const named = new Map<number, string>();
  for (const detail of error.details) {
    const match = ROW_PATH.exec(detail.path);
    const index = Number(match?.[1]);
    if (!match || !Number.isInteger(index) || index >= count) continue;
    const field = detail.path.slice(match[0].length).replace(/^newDocumentState\//, '');
    const words = field ? `${field} ${detail.message}` : detail.message;
    named.set(index, named.has(index) ? `${named.get(index) ?? ''}; ${words}` : words);
  }
  return named;
}

function rowAt(rows: PushRow<Decision>[], index: number): WireDocument<Decision> {
  const row = rows[index];
  if (!row) throw new RangeError(`No push row ${index}`);
  return row.newDocumentState;
}

function notSent(
  decision: WireDocument<Decision>,
  reason: string,
  at: Date,
): WireDocument<Decision> {
  return {
    ...decision,
    outcome: {
      status: 'rejected',
      reason: `Not sent: the central store refused it (${reason}).`,
      supersededBy: null,
      recordedAt: at.toISOString(),
    },
  };
}
