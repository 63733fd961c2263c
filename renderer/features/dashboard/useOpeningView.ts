import { useEffect, useMemo, useState } from 'react';
import { useCamSession } from '../../app/CamContext';
import { storageKeys } from '../../app/storage-keys';
import {
  dashboardSnapshotKeeper,
  readDashboardSnapshot,
  type DashboardSnapshot,
} from './dashboard-snapshot';

export type OpeningView = Omit<DashboardSnapshot, 'shape' | 'userId' | 'today'>;

/**
 * The view the dashboard opens with, as last counted (dashboard-snapshot.ts), read once when
 * the page mounts. `ready` turns true once the kept view is painted (a frame after it is
 * shown), or at once when there is none: the partners and rollups (megabytes to read and
 * decode) are read only then, so they do not hold the one small read back.
 */
export function useKeptView(today: string): { kept: OpeningView | undefined; ready: boolean } {
  const { database, userId } = useCamSession();
  const [kept, setKept] = useState<OpeningView | undefined>();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    const chosen = localStorage.getItem(storageKeys.reportingCurrency(userId));
    void readDashboardSnapshot(database, { userId, today, chosenCurrency: chosen })
      .catch(() => null)
      .then((snapshot) => {
        if (!current) return;
        if (snapshot) setKept(snapshot);
        else setReady(true);
      });
    return () => {
      current = false;
    };
  }, [database, userId, today]);
  useEffect(() => {
    if (!kept || ready) return;
    // After the frame that shows it; a hidden window draws no frames, so at most 250 ms.
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setReady(true);
    };
    const frame = requestAnimationFrame(() => setTimeout(go, 0));
    const timer = setTimeout(go, 250);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [kept, ready]);
  return { kept, ready };
}

/** Keeps the default filters' view for the next opening whenever it is counted anew. */
export function useKeepOpeningView(counted: OpeningView | undefined, today: string): void {
  const { database, userId } = useCamSession();
  const keep = useMemo(() => dashboardSnapshotKeeper(database), [database]);
  useEffect(() => {
    if (counted) keep({ ...counted, userId, today });
  }, [keep, counted, userId, today]);
}
