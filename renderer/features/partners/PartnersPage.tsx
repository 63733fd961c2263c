import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { PartnerDetailPanel } from './PartnerDetailPanel';
import { partnerColumns } from './partnerColumns';
import { usePartners } from './usePartners';

const BY_NAME = [{ id: 'name', desc: false }];

export function PartnersPage() {
  const { t, i18n } = useTranslation();
  const partners = usePartners();
  const [query, setQuery] = useState('');
  const [openPartnerId, setOpenPartnerId] = useState<string>();
  const openPartner = partners?.find((partner) => partner.id === openPartnerId);
  const columns = useMemo(() => partnerColumns(t, i18n.language), [t, i18n.language]);

  return (
    <section className="page" aria-labelledby="partners-title">
      <div className="page__header">
        <h2 id="partners-title">{t('partners.title')}</h2>
        {partners && (
          <span className="page__count">{t('partners.count', { count: partners.length })}</span>
        )}
        <input
          className="page__search"
          type="search"
          placeholder={t('partners.search')}
          aria-label={t('partners.search')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
      </div>
      <div className="page__body">
        {partners && (
          <DataTable
            rows={partners}
            columns={columns}
            filter={query}
            rowId={(partner) => partner.id}
            initialSorting={BY_NAME}
            label={t('partners.title')}
            empty={query ? t('partners.noMatch', { query }) : t('partners.empty')}
            onOpenRow={(partner) => {
              setOpenPartnerId(partner.id);
            }}
            selectedRowId={openPartnerId}
          />
        )}
        {openPartner && (
          <PartnerDetailPanel
            partner={openPartner}
            onClose={() => {
              setOpenPartnerId(undefined);
            }}
          />
        )}
      </div>
    </section>
  );
}
