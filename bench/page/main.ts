/**
 * The benchmark page: the renderer's real database and sync code in Chromium, driven by the
 * harness through `window.camBench` (./api.ts). Only what reopening the app needs is in the
 * first chunk; the rest loads on demand, so the reopen timing pays for no benchmark code.
 */
import { openCamDatabase } from '../../renderer/db/database';
import { deleteLocalDatabase } from '../../renderer/db/local-databases';
import { REOPEN_PARAM, type BenchApi, type ReopenResult } from './api';
import { reopen } from './reopen';

const reopenName = new URLSearchParams(window.location.search).get(REOPEN_PARAM);
const reopening: Promise<ReopenResult> | undefined = reopenName ? reopen(reopenName) : undefined;
// Awaited by reopenResult(); a failure is reported there, not as an unhandled rejection.
reopening?.catch(() => undefined);

const api: BenchApi = {
  floor: async (access) => (await import('./floor')).measureFloor(access),
  firstSync: async (input) => (await import('./sync')).firstSync(input),
  interruptedFirstSync: async (input) =>
    (await import('./interrupted-sync')).interruptedFirstSync(input),
  reconnect: async (input) => (await import('./sync')).reconnect(input),
  peerSync: async (input) => (await import('./peer')).peerSync(input),
  breakdown: async (input) => (await import('./breakdown')).breakdown(input),
  async createEmpty({ dbName }) {
    const database = await openCamDatabase(dbName);
    await database.close();
    return null;
  },
  async reopenResult() {
    if (!reopening) throw new Error(`Load the page with ?${REOPEN_PARAM}=<database>`);
    return reopening;
  },
  async removeDatabase({ dbName }) {
    await deleteLocalDatabase(dbName);
    return null;
  },
};

Object.assign(window, { camBench: api });
