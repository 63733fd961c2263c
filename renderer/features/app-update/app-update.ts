import type { Observable } from 'rxjs';

/**
 * A newly deployed build of the app, as the running page sees it. The browser build gets it
 * from its service worker (app-update.web.ts); the desktop build updates through its own
 * installer, so its stand-in never has one (app-update.electron.ts).
 */
export type AppUpdate = {
  /** True once a new build is installed and waiting to take over this page. */
  waiting$: Observable<boolean>;
  /** Starts watching for new builds; the browser build also installs its offline copy. */
  register(): void;
  /** Swaps the waiting build in and reloads, unless `updateOffer` says it must wait. */
  apply(pendingChanges: number): Promise<void>;
};

/**
 * What the app offers: nothing, a new build held back, or a new build ready to reload into.
 * A reload while decisions wait to be sent would hand the outbox to a build that has not yet
 * seen it, so the swap waits until the store has them all.
 */
export type UpdateOffer = 'none' | 'held' | 'ready';

export function updateOffer(waiting: boolean, pendingChanges: number): UpdateOffer {
  if (!waiting) return 'none';
  return pendingChanges > 0 ? 'held' : 'ready';
}
