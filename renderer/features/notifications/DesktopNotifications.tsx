import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCamSession } from '../../app/CamContext';
import { platform } from '../../platform';
import { notificationsEnabled, setNotificationsEnabled } from './notification-settings';
import { useDesktopNotifications } from './useDesktopNotifications';

/**
 * The signed-in user's on/off switch for desktop notifications, and the notifications while on.
 * Turning them on is where a browser asks for permission (a click, so its prompt may show).
 */
export function DesktopNotifications() {
  const { t } = useTranslation();
  const { userId } = useCamSession();
  const [enabled, setEnabled] = useState(() => notificationsEnabled(userId));
  const [blocked, setBlocked] = useState(false);
  useDesktopNotifications(enabled);

  const toggle = () => {
    if (enabled) {
      setNotificationsEnabled(userId, false);
      setEnabled(false);
      return;
    }
    void platform.allowNotifications().then((allowed) => {
      setBlocked(!allowed);
      if (!allowed) return;
      setNotificationsEnabled(userId, true);
      setEnabled(true);
    });
  };

  return (
    <button
      type="button"
      className="button app-notifications"
      aria-pressed={enabled}
      title={blocked ? t('notifications.blocked') : t('notifications.toggle')}
      onClick={toggle}
    >
      {enabled ? t('notifications.on') : t('notifications.off')}
    </button>
  );
}
