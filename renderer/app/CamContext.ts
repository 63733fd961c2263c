import { createContext, useContext } from 'react';
import type { Identity } from '../../shared/auth/identity';
import type { StoreConnection } from '../../shared/platform/platform';
import type { CamDatabase } from '../db/database';
import type { SyncEngine } from '../sync/sync-engine';

/** What every feature needs once the app has opened: who is signed in, the data and its sync. */
export type CamSession = {
  database: CamDatabase;
  sync: SyncEngine;
  connection: StoreConnection;
  identity: Identity;
  userId: string;
  /** This installation, recorded on each decision so a CAM can tell their laptops apart. */
  deviceId: string;
  /**
   * Signs out and wipes the local database: nothing stays on a shared or lost laptop. Waiting
   * decisions and notes are sent first; any the store has not answered stop it (`unsent`)
   * unless the CAM chose to discard them.
   */
  signOut(options?: { discardUnsent?: boolean }): Promise<SignOutResult>;
};

/** `unsentCommands`: the decisions and notes the store has not answered. */
export type SignOutResult = { state: 'signed-out' } | { state: 'unsent'; unsentCommands: number };

export const CamContext = createContext<CamSession | null>(null);

export function useCamSession(): CamSession {
  const session = useContext(CamContext);
  if (!session) throw new Error('useCamSession outside of <CamContext.Provider>');
  return session;
}
