import { useTranslation } from 'react-i18next';
import { appUpdate } from '#app-update-implementation';
import { useObservable } from '../../app/useObservable';
import { useSyncStatus } from '../sync-status/useSyncStatus';
import { updateOffer } from './app-update';
import './app-update.css';

/**
 * Offers a newly deployed build. While decisions wait to be sent the offer is held: the
 * button stays disabled until the outbox is empty.
 */
export function AppUpdateBanner() {
  const { t } = useTranslation();
  const waiting = useObservable(appUpdate.waiting$, false);
  const { pendingChanges } = useSyncStatus();
  const offer = updateOffer(waiting, pendingChanges);
  if (offer === 'none') return null;

  return (
    <div className="app-update" role="region" aria-label={t('appUpdate.label')}>
      <p className="app-update__message">
        {t('appUpdate.ready')} {offer === 'held' && t('appUpdate.held', { count: pendingChanges })}
      </p>
      <button
        type="button"
        className="button"
        disabled={offer === 'held'}
        onClick={() => void appUpdate.apply(pendingChanges)}
      >
        {t('appUpdate.reload')}
      </button>
    </div>
  );
}
