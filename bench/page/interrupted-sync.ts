import { filter, firstValueFrom } from 'rxjs';
import { openCamDatabase } from '../../renderer/db/database';
import type { InterruptedSyncResult, StoreAccess } from './api';
import { countAll } from './documents';
import { startEngine } from './sync';

/** After the cut, this long without a page written means nothing was still being written. */
const QUIET_MS = 1000;

/**
 * A first sync cut off half way: once `interruptAt` documents are written the network is lost
 * (every new request fails as fetch does offline), the pages already received are written, and
 * the app is closed (engine stopped, database closed). Then the app opens again online and the
 * engine runs until it is in sync, from the checkpoints the first part left.
 */
export async function interruptedFirstSync(
  input: StoreAccess & { dbName: string; interruptAt: number },
): Promise<InterruptedSyncResult> {
  const network = watchedNetwork();
  const problems: string[] = [];
  try {
    const started = performance.now();
    const before = await openCamDatabase(input.dbName);
    const first = startEngine(before, input, problems);
    let writtenBefore = 0;
    let lastWriteAt = started;
    const progress = first.sync.status$.subscribe(({ downloaded }) => {
      if (downloaded === null || downloaded === writtenBefore) return;
      writtenBefore = downloaded;
      lastWriteAt = performance.now();
    });
    await firstValueFrom(
      first.sync.status$.pipe(filter(({ downloaded }) => (downloaded ?? 0) >= input.interruptAt)),
    );
    network.lose();
    while (performance.now() - lastWriteAt < QUIET_MS) {
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS / 4));
    }
    const beforeMs = lastWriteAt - started;
    progress.unsubscribe();
    await first.stop();
    await before.close();
    const pullsBefore = network.pulls();
    // Losing the network is what the engine reports as "offline": not a problem of the run.
    problems.splice(0);

    network.reconnect();
    const resuming = performance.now();
    const after = await openCamDatabase(input.dbName);
    const second = startEngine(after, input, problems);
    let writtenAfter = 0;
    const resumedProgress = second.sync.status$.subscribe(({ downloaded }) => {
      writtenAfter = Math.max(writtenAfter, downloaded ?? 0);
    });
    await second.sync.awaitInSync();
    const resumedMs = performance.now() - resuming;
    resumedProgress.unsubscribe();
    await second.stop();
    const counts = await countAll(after);
    await after.close();
    return {
      beforeMs,
      resumedMs,
      writtenBefore,
      writtenAfter,
      pullsBefore,
      pullsAfter: network.pulls() - pullsBefore,
      counts,
      problems,
    };
  } finally {
    network.restore();
  }
}

/** window.fetch, counting pull pages answered, that can be made to fail as offline. */
function watchedNetwork() {
  const original = window.fetch.bind(window);
  let lost = false;
  let pulls = 0;
  window.fetch = async (request, init) => {
    if (lost) throw new TypeError('Failed to fetch');
    const response = await original(request, init);
    const url = request instanceof Request ? request.url : String(request);
    if (response.ok && url.includes('/pull?')) pulls += 1;
    return response;
  };
  return {
    lose() {
      lost = true;
    },
    reconnect() {
      lost = false;
    },
    restore() {
      lost = false;
      window.fetch = original;
    },
    pulls: () => pulls,
  };
}
