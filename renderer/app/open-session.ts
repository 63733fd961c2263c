import type { Identity } from '../../shared/auth/identity';
import type { StoreConnection } from '../../shared/platform/platform';
import { fetchIdentity } from '../auth/oidc-client';
import { databaseNameFor, openCamDatabase } from '../db/database';
import { deleteLocalDatabase } from '../db/wipe';
import { platform } from '../platform';
import { startSync } from '../sync/sync-engine';
import type { CamSession } from './CamContext';

const identityKey = (storeUrl: string) => `cam-desk.identity.${storeUrl}`;

/**
 * Opens the signed-in user's local database and starts syncing it. Offline, the identity last
 * confirmed by the store stands in, so a CAM on a plane still opens their territory.
 */
export async function openSession(connection: StoreConnection): Promise<CamSession | null> {
  const { storeUrl } = connection;
  if (!(await platform.auth.resume(storeUrl))) return null;
  const cached = readIdentity(storeUrl);
  const identity = await confirmIdentity(storeUrl).catch(() => cached);
  if (!identity) return null;

  const name = databaseNameFor(storeUrl);
  if (cached && cached.userId !== identity.userId) await wipeDatabase(name);
  localStorage.setItem(identityKey(storeUrl), JSON.stringify(identity));

  const database = await openCamDatabase(name);
  const session: CamSession = {
    database,
    connection,
    identity,
    userId: identity.userId,
    deviceId: deviceId(),
    sync: startSync({
      database,
      storeUrl,
      userId: identity.userId,
      accessToken: () => platform.auth.accessToken(),
      onScopeChanged: () => void startOver(session),
      onRevoked: () => void session.signOut(),
    }),
    async signOut() {
      localStorage.removeItem(identityKey(storeUrl));
      await platform.auth.signOut();
      await startOver(session);
    },
  };
  return session;
}

async function confirmIdentity(storeUrl: string): Promise<Identity | null> {
  const token = await platform.auth.accessToken();
  return token ? fetchIdentity(storeUrl, token) : null;
}

/** Drops every local copy; the next start pulls again what the user may see now. */
async function startOver(session: CamSession) {
  await session.sync.stop();
  const { name } = session.database;
  await session.database.remove();
  await deleteLocalDatabase(name);
  localStorage.removeItem(`cam-desk.lastSyncedAt.${session.connection.storeUrl}`);
  window.location.reload();
}

async function wipeDatabase(name: string) {
  const database = await openCamDatabase(name);
  await database.remove();
  await deleteLocalDatabase(name);
}

function readIdentity(storeUrl: string): Identity | null {
  const text = localStorage.getItem(identityKey(storeUrl));
  return text ? (JSON.parse(text) as Identity) : null;
}

function deviceId(): string {
  const key = 'cam-desk.deviceId';
  const existing = localStorage.getItem(key);
  if (existing) return existing;
  const created = `device-${crypto.randomUUID()}`;
  localStorage.setItem(key, created);
  return created;
}
