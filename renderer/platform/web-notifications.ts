import type { DesktopNotification } from '../../shared/platform/platform';
import { storageKeys } from '../app/storage-keys';

/**
 * The browser's Notification API. Permission is asked at most once, when the CAM turns
 * notifications on (a click, so the browser shows its prompt); a refusal or a dismissed prompt
 * is remembered and never asked again: the browser's own settings are where to change it.
 */
const ASKED_KEY = storageKeys.notificationPermissionAsked;

function supported(): boolean {
  return typeof Notification !== 'undefined';
}

export async function allowWebNotifications(): Promise<boolean> {
  if (!supported()) return false;
  if (Notification.permission !== 'default') return Notification.permission === 'granted';
  if (localStorage.getItem(ASKED_KEY) !== null) return false;
  localStorage.setItem(ASKED_KEY, new Date().toISOString());
  return (await Notification.requestPermission()) === 'granted';
}

export function showWebNotification({ title, body }: DesktopNotification): Promise<boolean> {
  if (!supported() || Notification.permission !== 'granted') return Promise.resolve(false);
  const notification = new Notification(title, { body });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
  return Promise.resolve(true);
}
