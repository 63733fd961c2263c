import type { Identity } from '../../shared/auth/identity';
import type { StoreConnection } from '../../shared/platform/platform';
import { databaseNameFor, openCamDatabase, type CamDatabase } from '../db/database';
import {
  countUnsentCommands,
  deleteLocalDatabase,
  listLocalDatabases,
} from '../db/local-databases';
import { platform } from '../platform';
import { SEND_BEFORE_SIGN_OUT_MS, startSync } from '../sync/sync-engine';
import type { CamSession, SignOutResult } from './CamContext';
import {
  confirmIdentity,
  deviceId,
  forgetLastSession,
  keepLastSession,
  leaveNotice,
  readLastSession,
  resolveStoreId,
} from './local-session';
import { storageKeys } from './storage-keys';
import { keepRequestFiles } from '../files/request-files';

/**
 * Opens the workspace of the user last signed in on this store, from local data: the network
 * is asked, never waited for. The store's answer about who is signed in wins when it comes;
 * offline, or with an access token that cannot be renewed yet, the kept identity stands in.
 * Sign-in is needed only when this device keeps no session for the store.
 */
export async function openSession(connection: StoreConnection): Promise<CamSession | null> {
  const { storeUrl } = connection;
  const [signedIn, storeId] = await Promise.all([
    platform.auth.resume(storeUrl),
    resolveStoreId(storeUrl),
  ]);
  if (!storeId) return null;
  const kept = readLastSession(storeId);
  const token = signedIn ? await platform.auth.accessToken() : null;
  const check = token ? await confirmIdentity(storeUrl, token) : { state: 'unknown' as const };

  if (check.state === 'revoked') {
    if (kept) await wipeRevoked(databaseNameFor(storeId, kept.userId));
    forgetLastSession(storeId);
    await platform.auth.signOut();
    return null;
  }
  const identity = check.state === 'confirmed' ? check.identity : kept;
  if (!identity) return null;
  keepLastSession(storeId, identity);

  const name = databaseNameFor(storeId, identity.userId);
  const database = await openCamDatabase(name);
  void removeUnusedDatabases(name);
  return sessionOn(database, connection, storeId, identity);
}

function sessionOn(
  database: CamDatabase,
  connection: StoreConnection,
  storeId: string,
  identity: Identity,
): CamSession {
  const { storeUrl } = connection;
  const files = keepRequestFiles(database, storeUrl);
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
      hasSession: () => platform.auth.resume(storeUrl),
      // The engine has sent the outbox before it says so.
      onScopeChanged: () => {
        files.stop();
        void startOver(session);
      },
      onRevoked: (unsentCommands) => {
        leaveNotice({ reason: 'revoked', discardedDecisions: unsentCommands });
        forgetLastSession(storeId);
        files.stop();
        void platform.auth.signOut().finally(() => startOver(session));
      },
    }),
    async signOut({ discardUnsent = false } = {}): Promise<SignOutResult> {
      if (!discardUnsent) {
        const unsent = await session.sync.sendOutbox(SEND_BEFORE_SIGN_OUT_MS);
        if (unsent > 0) return { state: 'unsent', unsentCommands: unsent };
      }
      forgetLastSession(storeId);
      files.stop();
      await platform.auth.signOut();
      await startOver(session);
      return { state: 'signed-out' };
    },
  };
  return session;
}

/** Drops the local copy; the next start pulls again what the user may see now. */
async function startOver(session: CamSession): Promise<void> {
  await session.sync.stop();
  const { name } = session.database;
  await session.database.remove();
  await deleteLocalDatabase(name);
  localStorage.removeItem(storageKeys.lastSyncedAt(name));
  localStorage.removeItem(storageKeys.offlineSince(name));
  window.location.reload();
}

/** A revoked user's laptop keeps nothing, and says how many unsent commands went with it. */
async function wipeRevoked(name: string): Promise<void> {
  const discarded = await countUnsentCommands(name);
  await deleteLocalDatabase(name);
  leaveNotice({ reason: 'revoked', discardedDecisions: discarded });
}

/**
 * Databases this device no longer uses (another user's after a switch, copies named after an
 * old store address) are removed, unless they hold decisions or notes not yet sent: those stay until
 * their user opens them again and sends them.
 */
async function removeUnusedDatabases(current: string): Promise<void> {
  for (const name of await listLocalDatabases()) {
    if (name === current) continue;
    if ((await countUnsentCommands(name)) === 0) await deleteLocalDatabase(name);
  }
}
