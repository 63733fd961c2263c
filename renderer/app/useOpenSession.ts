import { useEffect, useState } from 'react';
import { platform } from '../platform';
import { databaseNameFor, openCamDatabase } from '../db/database';
import { startSync } from '../sync/sync-engine';
import type { CamSession } from './CamContext';

export type OpeningState =
  | { state: 'opening' }
  | { state: 'open'; session: CamSession }
  | { state: 'failed'; message: string };

let opened: Promise<CamSession> | undefined;

/**
 * The session lives as long as the window: opened once (React's StrictMode mounts twice in
 * development, and two RxDB instances on one IndexedDB database would fight).
 */
function openSession(): Promise<CamSession> {
  opened ??= (async () => {
    const connection = await platform.storeConnection();
    const database = await openCamDatabase(databaseNameFor(connection.storeUrl));
    return { database, connection, sync: startSync(database, connection.storeUrl) };
  })();
  return opened;
}

/** Opens the local database for the configured store and starts syncing it. */
export function useOpenSession(): OpeningState {
  const [opening, setOpening] = useState<OpeningState>({ state: 'opening' });
  useEffect(() => {
    let current = true;
    openSession().then(
      (session) => {
        if (current) setOpening({ state: 'open', session });
      },
      (error: unknown) => {
        if (current) setOpening({ state: 'failed', message: String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return opening;
}
