import type { Identity } from '../../shared/auth/identity';
import type { StoreConnection } from '../../shared/platform/platform';
import { databaseNameFor, openCamDatabase, type CamDatabase } from '../db/database';
import {
  countUnsentCommands,
  deleteLocalDatabase,
  finishPendingWipes,
  listLocalDatabases,
  wipeLocalDatabase,
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
  rememberedStoreId,
  resolveStoreId,
  sameIdentity,
  type IdentityCheck,
} from './local-session';
import { storageKeys } from './storage-keys';
import { keepRequestFiles } from '../files/request-files';

/**
 * Opens the workspace of the user last signed in on this store, from local data: the network
 * is asked, never waited for. With a kept session the workspace opens at once on the kept
 * identity and the store is asked in the background (`confirmInBackground`): its answer about
 * who is signed in wins when it comes. Offline, or with an access token that cannot be renewed
 * yet, the kept identity stands. Sign-in is needed only when this device keeps no session for
 * the store, and only then does opening wait for the store.
 */
export async function openSession(connection: StoreConnection): Promise<CamSession | null> {
  const { storeUrl } = connection;
  await finishPendingWipes();
  const rememberedId = rememberedStoreId(storeUrl);
  const remembered = rememberedId ? readLastSession(rememberedId) : null;
  if (rememberedId && remembered) {
    // The platform's session is local (no network unless a sign-in is just coming back), and
    // the sync engine's tokens come from it: picked up while the database opens.
    const resumed = platform.auth.resume(storeUrl);
    const session = await openWorkspace(connection, rememberedId, remembered, resumed);
    void confirmInBackground(session, rememberedId, resumed);
    return session;
  }

  const [signedIn, storeId] = await Promise.all([
    platform.auth.resume(storeUrl),
    resolveStoreId(storeUrl),
  ]);
  if (!storeId) return null;
  const check = await askStore(storeUrl, signedIn);
  const kept = readLastSession(storeId);
  if (check.state === 'revoked') {
    if (kept) await wipeRevoked(databaseNameFor(storeId, kept.userId));
    forgetLastSession(storeId);
    await platform.auth.signOut();
    return null;
  }
  const identity = check.state === 'confirmed' ? check.identity : kept;
  if (!identity) return null;
  keepLastSession(storeId, identity);
  return openWorkspace(connection, storeId, identity);
}

async function openWorkspace(
  connection: StoreConnection,
  storeId: string,
  identity: Identity,
  resumed: Promise<unknown> = Promise.resolve(),
): Promise<OpenedSession> {
  const name = databaseNameFor(storeId, identity.userId);
  const [database] = await Promise.all([openCamDatabase(name), resumed]);
  void removeUnusedDatabases(name);
  return sessionOn(database, connection, storeId, identity);
}

/** What the store says of the platform's signed-in user; unknown without a session or network. */
async function askStore(storeUrl: string, signedIn: boolean): Promise<IdentityCheck> {
  const token = signedIn ? await platform.auth.accessToken() : null;
  return token ? confirmIdentity(storeUrl, token) : { state: 'unknown' };
}

/**
 * The store's word on a workspace opened from the kept session. Revoked: the workspace ends
 * as a revocation the sync engine meets does (nothing kept, the unsent commands counted on the
 * sign-in screen). Another store at the address, or the user's identity changed (another user,
 * role, territories, name): the new one is kept and the window opens again on it. Unknown
 * (offline, the store away): the kept identity stands.
 */
async function confirmInBackground(
  session: OpenedSession,
  storeId: string,
  resumed: Promise<boolean>,
): Promise<void> {
  const { storeUrl } = session.connection;
  const [signedIn, currentId] = await Promise.all([resumed, resolveStoreId(storeUrl)]);
  if (currentId !== storeId) {
    session.reopen();
    return;
  }
  const check = await askStore(storeUrl, signedIn);
  if (check.state === 'revoked') {
    await session.endRevoked();
  } else if (check.state === 'confirmed' && !sameIdentity(check.identity, session.identity)) {
    keepLastSession(storeId, check.identity);
    session.reopen();
  }
}

/** A session with the ends the background check may call. */
type OpenedSession = CamSession & {
  /** The window opens again (the local database stays). */
  reopen(): void;
  /** As the sync engine's revocation: the unsent counted, the local copy wiped, signed out. */
  endRevoked(): Promise<void>;
};

function sessionOn(
  database: CamDatabase,
  connection: StoreConnection,
  storeId: string,
  identity: Identity,
): OpenedSession {
  const { storeUrl } = connection;
  const files = keepRequestFiles(database, storeUrl);
  let ending = false;
  /** Once, whoever learns of it first: the sync engine (which counted) or the opening's check. */
  async function endRevoked(unsentCommands?: number): Promise<void> {
    if (ending) return;
    ending = true;
    files.stop();
    await session.sync.stop();
    const discarded = unsentCommands ?? (await countUnsentCommands(database.name));
    leaveNotice({ reason: 'revoked', discardedDecisions: discarded });
    forgetLastSession(storeId);
    await platform.auth.signOut().finally(() => startOver(session));
  }
  const session: OpenedSession = {
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
      onRevoked: (unsentCommands) => void endRevoked(unsentCommands),
    }),
    reopen: () => {
      if (!ending) window.location.reload();
    },
    endRevoked: () => endRevoked(),
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
  await wipeLocalDatabase(name, () => session.database.remove());
  localStorage.removeItem(storageKeys.lastSyncedAt(name));
  localStorage.removeItem(storageKeys.offlineSince(name));
  window.location.reload();
}

/** A revoked user's laptop keeps nothing, and says how many unsent commands went with it. */
async function wipeRevoked(name: string): Promise<void> {
  const discarded = await countUnsentCommands(name);
  leaveNotice({ reason: 'revoked', discardedDecisions: discarded });
  await wipeLocalDatabase(name);
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
