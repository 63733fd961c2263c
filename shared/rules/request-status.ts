import { requestStatuses, type RegistrationStatus, type RequestStatus } from '../schema';

/**
 * Who a request in each status waits for (domain.md, "Requests a CAM approves"). Every status
 * has a row, so a new status cannot be added without saying what it means.
 * - `vendor`: its current step waits for vendor staff to approve, reject or return it.
 * - `partner`: returned for information; open, but nobody at the vendor can decide it now.
 * - `nobody`: final (approved, rejected, withdrawn, expired).
 */
export const requestStatusWaitsFor = {
  submitted: 'vendor',
  under_review: 'vendor',
  info_requested: 'partner',
  pending_approval: 'vendor',
  approved: 'nobody',
  rejected: 'nobody',
  withdrawn: 'nobody',
  expired: 'nobody',
} as const satisfies Record<RequestStatus, 'vendor' | 'partner' | 'nobody'>;

/**
 * Statuses whose request waits for a decision by vendor staff: the approval queue, and the only
 * ones in which the store accepts a decision. As an array for RxDB `$in` and SQL `= ANY($n)`.
 */
export const statusesAwaitingDecision: readonly RequestStatus[] = requestStatuses.filter(
  (status) => requestStatusWaitsFor[status] === 'vendor',
);

/**
 * Statuses of a request that is still open (not final): those awaiting a decision plus
 * `info_requested`, waiting on the partner. What a partner's "open requests" lists.
 */
export const openRequestStatuses: readonly RequestStatus[] = requestStatuses.filter(
  (status) => requestStatusWaitsFor[status] !== 'nobody',
);

/**
 * `dueAt` of a request nobody at the vendor has to act on (final, or waiting on the partner):
 * far away, so it still sorts last and indexes. The store and the demo data both write it.
 */
export const NOT_DUE = '9999-12-31T00:00:00.000Z';

const awaitingDecision: ReadonlySet<string> = new Set(statusesAwaitingDecision);
const open: ReadonlySet<string> = new Set(openRequestStatuses);

/**
 * True when a request (or a deal registration, which carries its request's status) waits for
 * a decision by vendor staff. A registration's `draft` has no request yet: false.
 */
export function awaitsDecision(status: RequestStatus | RegistrationStatus): boolean {
  return awaitingDecision.has(status);
}

/** True while a request (or a deal registration) is open: submitted and not yet final. */
export function isOpenRequest(status: RequestStatus | RegistrationStatus): boolean {
  return open.has(status);
}
