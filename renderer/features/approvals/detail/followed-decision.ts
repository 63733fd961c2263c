import { useSyncExternalStore } from 'react';

/** The request the CAM last decided in the detail panel, and its title as it was shown. */
export type FollowedDecision = { requestId: string; title: string };

let followed: FollowedDecision | null = null;
const listeners = new Set<() => void>();

/**
 * Kept outside the panel: once the store applies the decision the request leaves the list, and
 * the panel may unmount (a search that matched only it) before the outcome arrives. The next
 * request the panel shows still follows it. The follow-up shows only the signed-in user's own
 * decisions, so what another user left here shows nothing.
 */
export const followedDecision = {
  get: (): FollowedDecision | null => followed,
  set: (next: FollowedDecision | null): void => {
    followed = next;
    for (const listener of listeners) listener();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

export function useFollowedDecision(): FollowedDecision | null {
  return useSyncExternalStore(followedDecision.subscribe, followedDecision.get);
}
