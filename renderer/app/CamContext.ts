import { createContext, useContext } from 'react';
import type { StoreConnection } from '../../shared/platform/platform';
import type { CamDatabase } from '../db/database';
import type { SyncEngine } from '../sync/sync-engine';

/** What every feature needs once the app has opened: the local database and its sync. */
export type CamSession = {
  database: CamDatabase;
  sync: SyncEngine;
  connection: StoreConnection;
};

export const CamContext = createContext<CamSession | null>(null);

export function useCamSession(): CamSession {
  const session = useContext(CamContext);
  if (!session) throw new Error('useCamSession outside of <CamContext.Provider>');
  return session;
}
