import { useTranslation } from 'react-i18next';
import { useCamSession } from '../../app/CamContext';
import { platform } from '../../platform';
import { formatDateTime, formatRelativeTime } from '../../../shared/format/time';
import { useNow } from './useNow';
import { useSyncStatus } from './useSyncStatus';

/**
 * Online or offline, the first sync's progress or when the territory last synced, and what is
 * still waiting to be sent.
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const { connection } = useCamSession();
  const now = useNow();
  const { lastSyncedAt, offlineSince } = status;
  const offline = status.connection === 'offline';

  return (
    <div
      className="sync-indicator"
      role="status"
      aria-live="polite"
      data-connection={status.connection}
    >
      <span
        className={`sync-indicator__dot sync-indicator__dot--${status.connection}`}
        aria-hidden
      />
      <span
        className="sync-indicator__connection"
        title={offline && offlineSince ? formatDateTime(offlineSince, i18n.language) : undefined}
      >
        {offline && offlineSince
          ? t('sync.offlineSince', { when: formatRelativeTime(offlineSince, now, i18n.language) })
          : t(`sync.${status.connection}`)}
      </span>
      <span
        className="sync-indicator__detail"
        title={lastSyncedAt ? formatDateTime(lastSyncedAt, i18n.language) : undefined}
      >
        {status.downloaded !== null
          ? t('sync.downloading', { count: status.downloaded })
          : lastSyncedAt
            ? t('sync.lastSynced', { when: formatRelativeTime(lastSyncedAt, now, i18n.language) })
            : t('sync.neverSynced')}
      </span>
      <span className="sync-indicator__detail" data-testid="pending-changes">
        {status.pendingChanges > 0
          ? t('sync.pending', { count: status.pendingChanges })
          : t('sync.allSent')}
      </span>
      {status.needsSignIn && (
        <button
          type="button"
          className="button"
          onClick={() => void platform.auth.signIn(connection.storeUrl)}
        >
          {t('sync.signInAgain')}
        </button>
      )}
      {status.problem && (
        <span className="sync-indicator__problem" role="alert">
          {t('sync.error', { message: status.problem })}
        </span>
      )}
    </div>
  );
}
