import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCamSession } from '../../app/CamContext';
import { storageKeys } from '../../app/storage-keys';
import { convertMoney } from '../../../shared/rules/money';
import { DataTable } from '../../ui/DataTable';
import { useReporting } from '../deals';
import { Partner360 } from './Partner360';
import { PARTNER_COLUMNS_HIDDEN, partnerColumns, partnerSearchText } from './partnerColumns';
import { usePartners } from './usePartners';

const BY_NAME = [{ id: 'name', desc: false }];

/**
 * The territory's partners in a table; opening one shows its partner 360 in place. The table
 * stays mounted meanwhile, so its search, sort and filters are there on the way back.
 */
export function PartnersPage() {
  const { t, i18n } = useTranslation();
  const { userId } = useCamSession();
  const partners = usePartners();
  const [openPartnerId, setOpenPartnerId] = useState<string>();
  const reporting = useReporting();
  const reported = useMemo(() => {
    if (!reporting || !partners) return undefined;
    const today = new Date().toISOString().slice(0, 10);
    const of = new Map(
      partners.map((partner) => [
        partner.id,
        convertMoney(partner.revenueYtd, reporting.currency, today, reporting.rates) ?? null,
      ]),
    );
    return { currency: reporting.currency, of };
  }, [reporting, partners]);
  const columns = useMemo(
    () => partnerColumns(t, i18n.language, reported),
    [t, i18n.language, reported],
  );

  return (
    <>
      <section
        className="page"
        aria-labelledby="partners-title"
        hidden={openPartnerId !== undefined}
      >
        <div className="page__header">
          <h2 id="partners-title">{t('partners.title')}</h2>
          {partners && (
            <span className="page__count">{t('partners.count', { count: partners.length })}</span>
          )}
        </div>
        <div className="page__body">
          {partners && (
            <DataTable
              rows={partners}
              columns={columns}
              rowId={(partner) => partner.id}
              searchText={partnerSearchText}
              label={t('partners.title')}
              searchLabel={t('partners.search')}
              empty={t('partners.empty')}
              viewsKey={storageKeys.tableViews(userId, 'partners')}
              initialSorting={BY_NAME}
              hiddenColumns={PARTNER_COLUMNS_HIDDEN}
              onOpenRow={(partner) => {
                setOpenPartnerId(partner.id);
              }}
              selectedRowId={openPartnerId}
            />
          )}
        </div>
      </section>
      {openPartnerId !== undefined && (
        <Partner360
          key={openPartnerId}
          partnerId={openPartnerId}
          onBack={() => {
            setOpenPartnerId(undefined);
          }}
          onOpenPartner={setOpenPartnerId}
        />
      )}
    </>
  );
}
