import { useEffect, useState } from 'react';
import { useCamSession } from '../app/CamContext';
import { platform } from '../platform';
import { storeAttachmentFetcher, type CachedAttachment } from './attachment-cache';
import { sharedAttachmentCache } from './shared-cache';

/** A file kept with a request, as the detail panel can show it. */
export type AttachmentState =
  | { state: 'loading' }
  /** Kept on this device: `url` is an object URL of its content, revoked on unmount. */
  | { state: 'ready'; url: string; mediaType: string; sizeBytes: number }
  /** Not on this device and the store cannot be reached (offline), or the store refused it. */
  | { state: 'unavailable'; offline: boolean };

/**
 * A request's file by its SHA-256, from this device's cache (kept while the request replicated
 * online, so it opens offline), else fetched from the store when online and kept.
 */
export function useAttachment(sha256: string): AttachmentState {
  const { database, connection } = useCamSession();
  // The answer names the file it is for, so another file reads as loading until its own arrives.
  const [answer, setAnswer] = useState<{ sha256: string; file: AttachmentState } | null>(null);
  useEffect(() => {
    const run = { live: true };
    let url: string | null = null;
    const cache = sharedAttachmentCache(database.name);
    void (async () => {
      let file: CachedAttachment | undefined = await cache.read(sha256);
      if (!file && navigator.onLine) {
        try {
          file = await storeAttachmentFetcher(connection.storeUrl, () =>
            platform.auth.accessToken(),
          )(sha256);
          await cache.keep(file);
        } catch {
          file = undefined;
        }
      }
      if (!run.live) return;
      if (!file) {
        setAnswer({ sha256, file: { state: 'unavailable', offline: !navigator.onLine } });
        return;
      }
      url = URL.createObjectURL(file.content);
      const ready = { url, mediaType: file.mediaType, sizeBytes: file.content.size };
      setAnswer({ sha256, file: { state: 'ready', ...ready } });
    })();
    return () => {
      run.live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [sha256, database.name, connection.storeUrl]);
  return answer?.sha256 === sha256 ? answer.file : { state: 'loading' };
}
