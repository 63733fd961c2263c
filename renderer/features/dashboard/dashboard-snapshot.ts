import type { CamDatabase } from '../../db/database';
import { idleLocalWriter } from '../../db/idle-local-write';
import type { GridFigures } from './grid-figures';
import type { Place } from './places';

/**
 * The dashboard as it was last shown with the filters it opens with, kept in the local
 * database (a local document: it lives and dies with the data, wiped with it at sign-out or
 * revocation). A reopen paints it from one read while the partners and the rollups are read
 * and counted again, and the counted figures take over; they are the same figures unless the
 * data changed after it was kept. It is used only for the same user, day and reporting
 * currency: a period is counted back from today, and totals are in that currency.
 */
export type DashboardSnapshot = {
  /** Bumped whenever GridFigures changes shape: a snapshot of another shape is not used. */
  shape: typeof SNAPSHOT_SHAPE;
  userId: string;
  today: string;
  reportingCurrency: string;
  currencies: string[];
  places: Place[];
  /** No territory had a rollup yet: the figures are empty for want of one. */
  noRollup: boolean;
  figures: GridFigures;
};

export const SNAPSHOT_SHAPE = 1;
const SNAPSHOT_ID = 'dashboard-opening-view';

/**
 * What a snapshot must match to be shown: the user and the day, and the currency the user chose
 * on this device if they chose one (else the territory's default, not known before its read).
 */
export type SnapshotKey = Pick<DashboardSnapshot, 'userId' | 'today'> & {
  chosenCurrency: string | null;
};

export async function readDashboardSnapshot(
  database: CamDatabase,
  key: SnapshotKey,
): Promise<DashboardSnapshot | null> {
  const document = await database.getLocal<DashboardSnapshot>(SNAPSHOT_ID);
  const snapshot = document?.toJSON().data;
  if (
    snapshot?.shape !== SNAPSHOT_SHAPE ||
    snapshot.userId !== key.userId ||
    snapshot.today !== key.today ||
    (key.chosenCurrency !== null && snapshot.reportingCurrency !== key.chosenCurrency)
  ) {
    return null;
  }
  // RxDB hands its data back read-only and deep-frozen in development; recharts and the
  // movers' lists want plain copies.
  return structuredClone(snapshot) as DashboardSnapshot;
}

/**
 * Keeps the opening view whenever its figures change, written while the browser is idle (one
 * write for a burst of changes, as a first sync makes them). Returns a function to call with
 * each view shown.
 */
export function dashboardSnapshotKeeper(database: CamDatabase) {
  const write = idleLocalWriter(database, SNAPSHOT_ID);
  let kept: GridFigures | undefined;
  return (snapshot: Omit<DashboardSnapshot, 'shape'>) => {
    // The figures are one object per computation (useDashboard memoises them).
    if (snapshot.figures === kept) return;
    kept = snapshot.figures;
    const next: DashboardSnapshot = { shape: SNAPSHOT_SHAPE, ...snapshot };
    write(next);
  };
}
