import { useTranslation } from 'react-i18next';
import { storageKeys } from '../../app/storage-keys';
import { useCamSession } from '../../app/CamContext';
import { DealsTable } from './DealsTable';
import { useDealRows, usePartnerNames } from './useDealRows';

/** Every deal registration of the territory in one table. */
export function DealsPage() {
  const { t, i18n } = useTranslation();
  const { userId } = useCamSession();
  const deals = useDealRows();
  const partnerNames = usePartnerNames();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="page" aria-labelledby="deals-title">
      <div className="page__header">
        <h2 id="deals-title">{t('deals.title')}</h2>
        {deals && (
          <span className="page__count">
            {t('deals.count', { count: deals.length, formatted: number.format(deals.length) })}
          </span>
        )}
      </div>
      <div className="page__body">
        {deals && partnerNames ? (
          <DealsTable
            deals={deals}
            partnerNames={partnerNames}
            label={t('deals.title')}
            viewsKey={storageKeys.tableViews(userId, 'deals')}
          />
        ) : (
          <p className="app-message">{t('app.loading')}</p>
        )}
      </div>
    </section>
  );
}
