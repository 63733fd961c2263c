import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardFigures, defaultFilters } from '../../../shared/figures/dashboard-figures';
import { rateTableOf, reportingIn } from '../../../shared/figures/reporting-money';
import { openCamDatabase, type CamDatabase } from '../../db/database';
import {
  dashboardSnapshotKeeper,
  readDashboardSnapshot,
  type DashboardSnapshot,
} from './dashboard-snapshot';
import { gridFigures, type GridFigures } from './grid-figures';

const today = '2026-12-03';
const ana = 'user-cam-ana';

/** Figures that say which they are: the revenue's amount. */
function figuresWithRevenue(amountMinor: number): GridFigures {
  const empty = dashboardFigures(
    [],
    [],
    defaultFilters,
    today,
    reportingIn('EUR', rateTableOf([])),
  );
  const figures = gridFigures(empty, new Map());
  return { ...figures, revenue: { ...figures.revenue, total: { amountMinor, currency: 'EUR' } } };
}

const view = (amountMinor: number): Omit<DashboardSnapshot, 'shape'> => ({
  userId: ana,
  today,
  reportingCurrency: 'EUR',
  currencies: ['EUR', 'USD'],
  places: [{ region: 'LATAM', country: 'MX' }],
  noRollup: false,
  figures: figuresWithRevenue(amountMinor),
});

let database: CamDatabase;
let counter = 0;
beforeEach(async () => {
  database = await openCamDatabase(`dashboard-snapshot-${++counter}`, getRxStorageMemory());
});
afterEach(async () => {
  await database.remove();
});

/** The keeper writes when the browser is idle (a macrotask under Node). */
const idle = () => new Promise((resolve) => setTimeout(resolve, 20));
const read = (key: Partial<Parameters<typeof readDashboardSnapshot>[1]> = {}) =>
  readDashboardSnapshot(database, { userId: ana, today, chosenCurrency: null, ...key });

describe('the dashboard kept for the next reopen', () => {
  it('is read back as it was shown', async () => {
    dashboardSnapshotKeeper(database)(view(1234));
    await idle();

    const kept = await read();
    expect(kept?.figures.revenue.total.amountMinor).toBe(1234);
    expect(kept?.places).toEqual([{ region: 'LATAM', country: 'MX' }]);
    expect(kept?.currencies).toEqual(['EUR', 'USD']);
  });

  it('keeps the last of a burst of views, in one write', async () => {
    const keep = dashboardSnapshotKeeper(database);
    const writes: unknown[] = [];
    const upsert = database.upsertLocal.bind(database);
    database.upsertLocal = ((id: string, data: DashboardSnapshot) => {
      writes.push(data);
      return upsert(id, data);
    }) as typeof database.upsertLocal;
    for (const amount of [1, 2, 3]) keep(view(amount));
    await idle();

    expect(writes).toHaveLength(1);
    expect((await read())?.figures.revenue.total.amountMinor).toBe(3);
  });

  it.each<[string, Partial<Parameters<typeof readDashboardSnapshot>[1]>]>([
    ['another user', { userId: 'user-cam-diego' }],
    ['another day (periods count back from today)', { today: '2026-12-04' }],
    ['another currency the user chose since', { chosenCurrency: 'USD' }],
  ])('is not used for %s', async (_, key) => {
    dashboardSnapshotKeeper(database)(view(1));
    await idle();

    expect(await read(key)).toBeNull();
  });

  it('is used in the currency it was kept in when the user chose none', async () => {
    dashboardSnapshotKeeper(database)(view(1));
    await idle();

    expect((await read({ chosenCurrency: 'EUR' }))?.reportingCurrency).toBe('EUR');
    expect((await read({ chosenCurrency: null }))?.reportingCurrency).toBe('EUR');
  });

  it('one of another shape (an older app) is not used', async () => {
    await database.upsertLocal('dashboard-opening-view', { ...view(1), shape: 0 });
    expect(await read()).toBeNull();
  });
});
