import { NOT_DUE, isOpenRequest } from '../../shared/rules/request-status';
import type { Request } from '../../shared/schema';

const DAY_MS = 86_400_000;

/**
 * The latest submission time (ISO) of a request that has expired at `now` under a chain's
 * `expiresAfterDays` (docs/workflow.md, "Expiry"); undefined when the chain sets none.
 */
export function expiryCutOff(expiresAfterDays: number | undefined, now: Date): string | undefined {
  return expiresAfterDays === undefined
    ? undefined
    : new Date(now.getTime() - expiresAfterDays * DAY_MS).toISOString();
}

/**
 * The request as expired at `now`, with the reason in its history: steps still waiting or
 * pending are skipped, and nothing is due. Undefined for a request already final, other than an
 * approved one (an approved registration whose protection ended expires too).
 */
export function expired(request: Request, now: Date, reason: string): Request | undefined {
  if (!isOpenRequest(request.status) && request.status !== 'approved') return undefined;
  const at = now.toISOString();
  return {
    ...request,
    status: 'expired',
    currentStep: request.steps.length,
    dueAt: NOT_DUE,
    steps: request.steps.map((step) =>
      step.status === 'pending' || step.status === 'waiting'
        ? { ...step, status: 'skipped', dueAt: null }
        : step,
    ),
    history: [...request.history, { at, actorId: null, action: 'expired', note: reason }],
  };
}
