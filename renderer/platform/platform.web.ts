import type { Platform } from '../../shared/platform/platform';
import { webAuth } from '../auth/web-auth';
import { downloadFile } from './web-files';
import { printReportInFrame } from './web-print';
import { allowWebNotifications, showWebNotification } from './web-notifications';

/**
 * In a browser the page is served by the central store itself (`npm run web`), so the store is
 * this page's origin unless the build names another (VITE_PRM_STORE_URL).
 */
export const platform: Platform = {
  kind: 'web',
  storeConnection() {
    const configured = (import.meta.env['VITE_PRM_STORE_URL'] as string | undefined)?.trim();
    return Promise.resolve({
      storeUrl: (configured || window.location.origin).replace(/\/+$/, ''),
      embedded: false,
    });
  },
  appInfo() {
    return Promise.resolve({ version: __APP_VERSION__, locale: navigator.language });
  },
  auth: webAuth(),
  saveFile: downloadFile,
  savePdf: printReportInFrame,
  notify: showWebNotification,
  allowNotifications: allowWebNotifications,
};
