import { Notification } from 'electron';
import type { DesktopNotification } from '../shared/platform/platform';
import { showMainWindow } from './windows';

/**
 * A desktop notification from the main process (the renderer's own Notification API is not
 * used in the shell). Clicking it brings the app's window back. False where the system has no
 * notifications.
 */
export function showDesktopNotification({ title, body }: DesktopNotification): boolean {
  if (!Notification.isSupported()) return false;
  const notification = new Notification({ title, body, silent: false });
  notification.on('click', () => {
    showMainWindow();
  });
  notification.show();
  return true;
}
