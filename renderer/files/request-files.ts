import { map } from 'rxjs';
import { openRequestStatuses } from '../../shared/rules/request-status';
import type { Request } from '../../shared/schema';
import type { CamDatabase } from '../db/database';
import { platform } from '../platform';
import { storeAttachmentFetcher } from './attachment-cache';
import { startAttachmentPrefetch, type AttachmentPrefetch } from './attachment-prefetch';
import { closeSharedAttachmentCache, sharedAttachmentCache } from './shared-cache';

/**
 * After this long, the open requests already on the device are looked through once for files
 * not kept yet (an app reopened after a sync that could not download them all); the requests
 * written meanwhile, the first sync's included, are followed as they are written.
 */
const INITIAL_SCAN_DELAY_MS = 15_000;

/**
 * Keeps the files of the session's open requests on this device (renderer/files), started with
 * the session before its sync so no replicated request is missed. `stop` before the local
 * database is deleted: it closes the files' database too.
 */
export function keepRequestFiles(database: CamDatabase, storeUrl: string): { stop(): void } {
  const requests = database.requests;
  let prefetch: AttachmentPrefetch | undefined = startAttachmentPrefetch({
    cache: sharedAttachmentCache(database.name),
    fetchAttachment: storeAttachmentFetcher(storeUrl, () => platform.auth.accessToken()),
    initial: async () => {
      await new Promise((resolve) => setTimeout(resolve, INITIAL_SCAN_DELAY_MS));
      if (!prefetch) return [];
      const found = await requests
        .find({
          selector: {
            status: { $in: [...openRequestStatuses] },
            'attachments.0': { $exists: true },
          },
        })
        .exec();
      return found.map((document) => document.toJSON() as Request);
    },
    changes: requests.$.pipe(map((event) => event.documentData as Request)),
    isOnline: () => navigator.onLine,
    onOnline: (listener) => {
      window.addEventListener('online', listener);
      return () => {
        window.removeEventListener('online', listener);
      };
    },
  });
  return {
    stop() {
      prefetch?.stop();
      prefetch = undefined;
      closeSharedAttachmentCache(database.name);
    },
  };
}
