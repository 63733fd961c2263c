import { BehaviorSubject } from 'rxjs';
import { registerSW } from 'virtual:pwa-register';
import { updateOffer, type AppUpdate } from './app-update';

/** How often an open page asks the store for a newer build (the browser checks on navigation). */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

const waiting = new BehaviorSubject(false);
let swapInWaitingBuild: ((reloadPage?: boolean) => Promise<void>) | undefined;

/** The browser build's service worker (vite-plugin-pwa with registerType 'prompt'). */
export const appUpdate: AppUpdate = {
  waiting$: waiting.asObservable(),
  register() {
    if (swapInWaitingBuild) return;
    swapInWaitingBuild = registerSW({
      immediate: true,
      onNeedRefresh() {
        waiting.next(true);
      },
      // The library reloads only a page its worker controlled when it loaded; a page opened
      // before the first install (a CAM's first visit, kept open) would stay on the old build
      // with its banner. apply() reloads on the controller change instead, in either case.
      onNeedReload() {},
      onRegisteredSW(_url, registration) {
        if (!registration) return;
        setInterval(() => {
          if (navigator.onLine) void registration.update().catch(() => undefined);
        }, UPDATE_CHECK_INTERVAL_MS);
      },
    });
  },
  async apply(pendingChanges) {
    if (updateOffer(waiting.value, pendingChanges) !== 'ready' || !swapInWaitingBuild) return;
    // Tells the waiting worker to skip waiting; the page reloads once it takes control.
    const reloadPage = () => {
      window.location.reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', reloadPage, { once: true });
    await swapInWaitingBuild(true);
  },
};
