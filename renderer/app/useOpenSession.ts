import { useEffect, useState } from 'react';
import type { StoreConnection } from '../../shared/platform/platform';
import { platform } from '../platform';
import type { CamSession } from './CamContext';
import { openSession } from './open-session';

export type OpeningState =
  | { state: 'opening' }
  | { state: 'signed-out'; connection: StoreConnection }
  | { state: 'open'; session: CamSession }
  | { state: 'failed'; message: string };

let opened: Promise<OpeningState> | undefined;

/**
 * The session lives as long as the window: opened once (React's StrictMode mounts twice in
 * development, and two RxDB instances on one IndexedDB database would fight).
 */
function open(): Promise<OpeningState> {
  opened ??= (async (): Promise<OpeningState> => {
    const connection = await platform.storeConnection();
    const session = await openSession(connection);
    return session ? { state: 'open', session } : { state: 'signed-out', connection };
  })().catch((error: unknown) => ({
    state: 'failed',
    message: error instanceof Error ? error.message : String(error),
  }));
  return opened;
}

export function useOpenSession(): OpeningState {
  const [opening, setOpening] = useState<OpeningState>({ state: 'opening' });
  useEffect(() => {
    let current = true;
    void open().then((state) => {
      if (current) setOpening(state);
    });
    return () => {
      current = false;
    };
  }, []);
  return opening;
}
