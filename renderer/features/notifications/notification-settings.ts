import { storageKeys } from '../../app/storage-keys';
import { remember } from './notification-rules';

/*
 * Per user, on this device: whether desktop notifications are on, and which were shown already
 * (so a reload does not show them again). Web Storage, as the app's other per-user settings.
 */
const enabledKey = storageKeys.notificationsEnabled;
const shownKey = storageKeys.notificationsShown;

export function notificationsEnabled(userId: string): boolean {
  return localStorage.getItem(enabledKey(userId)) === 'on';
}

export function setNotificationsEnabled(userId: string, enabled: boolean): void {
  localStorage.setItem(enabledKey(userId), enabled ? 'on' : 'off');
}

export function shownNotifications(userId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(shownKey(userId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((key) => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberShown(userId: string, keys: readonly string[]): Set<string> {
  const kept = remember(shownNotifications(userId), keys);
  localStorage.setItem(shownKey(userId), JSON.stringify(kept));
  return new Set(kept);
}
