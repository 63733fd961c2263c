import { of } from 'rxjs';
import type { AppUpdate } from './app-update';

/** The desktop app loads from app:// and updates through its installer: no service worker. */
export const appUpdate: AppUpdate = {
  waiting$: of(false),
  register() {},
  apply() {
    return Promise.resolve();
  },
};
