import type { Health } from '../../shared/api/health';
import type { Identity } from '../../shared/auth/identity';
import { healthCheck, identityCheck } from '../sync/generated/answer-validators';
import { apiErrorOf } from '../sync/store-answers';
import { storageKeys } from './storage-keys';

/** How long opening the app waits for the store before opening from local data. */
const STORE_TIMEOUT_MS = 4000;

// Generated ahead of time from the shared schemas: Electron's CSP forbids code made at run time.
const validHealth = { Check: (body: unknown): body is Health => healthCheck(body) };
const validIdentity = { Check: (body: unknown): body is Identity => identityCheck(body) };

/**
 * The store's own id (from /health), remembered per address so the app still knows which
 * store's data to open when the store cannot be reached. Null when it was never reached.
 */
/** The id of the store last seen at this address, without asking it. */
export function rememberedStoreId(storeUrl: string): string | null {
  return localStorage.getItem(storageKeys.storeIdAt(storeUrl));
}

export async function resolveStoreId(storeUrl: string): Promise<string | null> {
  const key = storageKeys.storeIdAt(storeUrl);
  try {
    const response = await fetch(`${storeUrl}/health`, {
      signal: AbortSignal.timeout(STORE_TIMEOUT_MS),
    });
    const health: unknown = response.ok ? await response.json() : null;
    if (validHealth.Check(health)) {
      localStorage.setItem(key, health.storeId);
      return health.storeId;
    }
  } catch {
    // Offline, or the store is away: the remembered id stands in.
  }
  return localStorage.getItem(key);
}

/** What the store says of the signed-in user, or why it could not say. */
export type IdentityCheck =
  { state: 'confirmed'; identity: Identity } | { state: 'revoked' } | { state: 'unknown' };

export async function confirmIdentity(storeUrl: string, token: string): Promise<IdentityCheck> {
  try {
    const response = await fetch(`${storeUrl}/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(STORE_TIMEOUT_MS),
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && validIdentity.Check(body)) return { state: 'confirmed', identity: body };
    // Told by the code of a protocol error body, never by anything else in it.
    if (response.status === 401 && apiErrorOf(body)?.code === 'session_revoked') {
      return { state: 'revoked' };
    }
  } catch {
    // Unreachable: nothing is known, and nothing is decided from that.
  }
  return { state: 'unknown' };
}

/** The user who last opened a workspace on this store, so it reopens without the network. */
export function readLastSession(storeId: string): Identity | null {
  const text = localStorage.getItem(storageKeys.lastSession(storeId));
  if (!text) return null;
  try {
    const kept: unknown = JSON.parse(text);
    return validIdentity.Check(kept) ? kept : null;
  } catch {
    return null;
  }
}

/** The same user as the store describes them: id, role, territories, name and address. */
export function sameIdentity(a: Identity, b: Identity): boolean {
  const territories = (identity: Identity) => [...identity.territoryIds].sort().join('\n');
  return (
    a.userId === b.userId &&
    a.role === b.role &&
    a.email === b.email &&
    a.name === b.name &&
    territories(a) === territories(b)
  );
}

export function keepLastSession(storeId: string, identity: Identity): void {
  localStorage.setItem(storageKeys.lastSession(storeId), JSON.stringify(identity));
}

export function forgetLastSession(storeId: string): void {
  localStorage.removeItem(storageKeys.lastSession(storeId));
}

/** Why the local data was wiped, shown once on the sign-in screen. */
/** `discardedDecisions` counts the unsent notes too (the name is kept: notices are stored). */
export type WipeNotice = { reason: 'revoked'; discardedDecisions: number };

export function leaveNotice(notice: WipeNotice): void {
  localStorage.setItem(storageKeys.notice, JSON.stringify(notice));
}

export function takeNotice(): WipeNotice | null {
  const text = localStorage.getItem(storageKeys.notice);
  localStorage.removeItem(storageKeys.notice);
  if (!text) return null;
  try {
    const notice = JSON.parse(text) as Partial<WipeNotice>;
    return notice.reason === 'revoked' && typeof notice.discardedDecisions === 'number'
      ? { reason: 'revoked', discardedDecisions: notice.discardedDecisions }
      : null;
  } catch {
    return null;
  }
}

export function deviceId(): string {
  const existing = localStorage.getItem(storageKeys.deviceId);
  if (existing) return existing;
  const created = `device-${crypto.randomUUID()}`;
  localStorage.setItem(storageKeys.deviceId, created);
  return created;
}
