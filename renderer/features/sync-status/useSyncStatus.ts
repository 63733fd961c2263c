import { useCamSession } from '../../app/CamContext';
import { useObservable } from '../../app/useObservable';
import { initialSyncStatus, type SyncStatus } from '../../sync/sync-status';

export function useSyncStatus(): SyncStatus {
  const { sync } = useCamSession();
  return useObservable(sync.status$, initialSyncStatus);
}
