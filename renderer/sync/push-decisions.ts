import type { Activity, Decision } from '../../shared/schema';
import type { PushRow, WireDocument } from '../../shared/sync/protocol';
import { StoreRequestError } from './store-client';

/** A push of commands: the store answers the stored state of each. */
export type PushCommands<Doc> = (rows: PushRow<Doc>[]) => Promise<WireDocument<Doc>[]>;
export type PushDecisions = PushCommands<Decision>;

/** A command the store refused before judging it, marked so with the store's words. */
type MarkNotSent<Doc> = (command: WireDocument<Doc>, reason: string, at: Date) => WireDocument<Doc>;

/** `/body/3/newDocumentState/comment` → 3: the store names the rows it refused (docs/sync-protocol.md). */
const ROW_PATH = /^\/body\/(\d+)(\/|$)/;

/**
 * Pushes commands (decisions, notes) so that one row the store refuses never blocks the rows behind it. A 400 that
 * names rows marks just those rows as refused, with the store's reason, and the rest are pushed
 * again; a 400 or 413 that names none is split in halves until the refused row stands alone.
 * A refused row gets a local outcome (rejected, "not sent"), so it leaves the outbox and the CAM
 * sees why. Errors that are not about the rows (offline, 5xx, 401) are thrown: the whole push is
 * retried later, as it should be.
 */
function pushEachRowOf<Doc>(notSent: MarkNotSent<Doc>) {
  return async function pushEach(
    push: PushCommands<Doc>,
    rows: PushRow<Doc>[],
    now: () => Date = () => new Date(),
  ): Promise<WireDocument<Doc>[]> {
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
        return [...refused, ...(await pushEach(push, rest, now))];
      }
      if (rows.length === 1) return [notSent(rowAt(rows, 0), error.message, now())];
      const half = Math.ceil(rows.length / 2);
      return [
        ...(await pushEach(push, rows.slice(0, half), now)),
        ...(await pushEach(push, rows.slice(half), now)),
      ];
    }
  };
}

const notSentReason = (reason: string) => `Not sent: the central store refused it (${reason}).`;

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

function rowAt<Doc>(rows: PushRow<Doc>[], index: number): WireDocument<Doc> {
  const row = rows[index];
  if (!row) throw new RangeError(`No push row ${index}`);
  return row.newDocumentState;
}

/** Decisions, pushed so; a refused one is `rejected`. */
export const pushEachRow = pushEachRowOf<Decision>((decision, reason, at) => ({
  ...decision,
  outcome: {
    status: 'rejected',
    reason: notSentReason(reason),
    supersededBy: null,
    recordedAt: at.toISOString(),
  },
}));

/** Notes (activities of kind `note`), pushed so; a refused one is `refused`. */
export const pushEachNote = pushEachRowOf<Activity>((note, reason, at) => ({
  ...note,
  outcome: { status: 'refused', reason: notSentReason(reason), recordedAt: at.toISOString() },
}));
