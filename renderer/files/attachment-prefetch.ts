import type { Observable } from 'rxjs';
import { isOpenRequest } from '../../shared/rules/request-status';
import type { Request } from '../../shared/schema';
import {
  cacheRequestAttachments,
  type AttachmentCache,
  type AttachmentFetcher,
} from './attachment-cache';

type WithFiles = Pick<Request, 'id' | 'status' | 'attachments'>;

export type AttachmentPrefetchOptions = {
  cache: AttachmentCache;
  fetchAttachment: AttachmentFetcher;
  /** The open requests with files already on this device, read once at start. */
  initial: () => Promise<readonly WithFiles[]>;
  /** Every request written on this device from now on (replication included). */
  changes: Observable<WithFiles>;
  isOnline: () => boolean;
  /** Subscribes to the network coming back; answers the unsubscribe. */
  onOnline: (listener: () => void) => () => void;
  /** How long writes are gathered before a download round (a first sync writes in pages). */
  settleMs?: number;
  /** After a round left files missing while online, when to try them again. */
  retryMs?: number;
};

export type AttachmentPrefetch = {
  /** Resolves once the files pending now are kept, or failed and left for later. */
  idle(): Promise<void>;
  stop(): void;
};

/**
 * Keeps the files of open requests on this device, so a claim's proof of performance opens on a
 * plane (domain.md: an MDF claim's files "available offline"). Requests are gathered as they
 * replicate and their missing files downloaded in the background, one at a time, while online;
 * a file that fails, or every file while offline, waits for the network to come back. A final
 * request's files are not fetched (the detail panel still fetches one when opened online).
 */
export function startAttachmentPrefetch(options: AttachmentPrefetchOptions): AttachmentPrefetch {
  const { cache, fetchAttachment, isOnline, settleMs = 1000, retryMs = 30_000 } = options;
  const pending = new Map<string, WithFiles>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let round: Promise<void> = Promise.resolve();

  const consider = (request: WithFiles) => {
    if (request.attachments.length === 0) return;
    if (isOpenRequest(request.status)) pending.set(request.id, request);
    else pending.delete(request.id);
  };

  const schedule = () => {
    if (stopped || timer !== undefined || pending.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      round = round.then(download);
    }, settleMs);
  };

  async function download() {
    if (stopped || !isOnline() || pending.size === 0) return;
    const taken = [...pending.values()];
    pending.clear();
    await cacheRequestAttachments(cache, taken, fetchAttachment);
    // What is still missing (a failed download) stays pending for the next round.
    for (const request of taken) {
      const missing = await cache.missing(request.attachments.map((file) => file.sha256));
      if (missing.length > 0 && !pending.has(request.id)) pending.set(request.id, request);
    }
    if (pending.size > 0 && retry === undefined) {
      retry = setTimeout(() => {
        retry = undefined;
        schedule();
      }, retryMs);
    }
  }

  const subscription = options.changes.subscribe((request) => {
    consider(request);
    schedule();
  });
  const offOnline = options.onOnline(schedule);
  // Not a round itself: the downloads of what replicates meanwhile must not wait behind it.
  let scanned = false;
  void options
    .initial()
    .then((requests) => {
      for (const request of requests) consider(request);
      schedule();
    })
    .catch(() => undefined)
    .finally(() => {
      scanned = true;
    });

  return {
    async idle() {
      for (;;) {
        const current = round;
        await current;
        if (scanned && timer === undefined && current === round) return;
        await new Promise((resolve) => setTimeout(resolve, settleMs));
      }
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      if (retry !== undefined) clearTimeout(retry);
      subscription.unsubscribe();
      offOnline();
    },
  };
}
