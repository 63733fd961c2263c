import { useTranslation } from 'react-i18next';
import { requestTypes, type RequestType } from '../../../../shared/schema';
import type { InboxFilter } from './inbox-filter';

type InboxFiltersProps = {
  filter: InboxFilter;
  onChange: (filter: InboxFilter) => void;
  /** Entries per type with the other filters applied. */
  byType: ReadonlyMap<RequestType, number>;
  partners: readonly { id: string; name: string }[];
  /** The partner picker is about to be used: every listed partner's name is needed. */
  onWantPartners: () => void;
};

const amountOf = (text: string) => {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
};

/** Type, partner, amount range, overdue, has a conflict. */
export function InboxFilters({
  filter,
  onChange,
  byType,
  partners,
  onWantPartners,
}: InboxFiltersProps) {
  const { t } = useTranslation();
  const set = (change: Partial<InboxFilter>) => {
    onChange({ ...filter, ...change });
  };
  return (
    <div className="inbox-filters" role="group" aria-label={t('approvals.inbox.filters')}>
      <select
        aria-label={t('approvals.inbox.type')}
        value={filter.type ?? ''}
        onChange={(event) => {
          set({ type: (event.target.value || null) as RequestType | null });
        }}
      >
        <option value="">{t('approvals.inbox.allTypes')}</option>
        {requestTypes.map((type) => (
          <option key={type} value={type}>
            {t(`approvals.type.${type}`)} ({byType.get(type) ?? 0})
          </option>
        ))}
      </select>
      <select
        aria-label={t('approvals.inbox.partner')}
        value={filter.partnerId ?? ''}
        onFocus={onWantPartners}
        onPointerDown={onWantPartners}
        onChange={(event) => {
          set({ partnerId: event.target.value || null });
        }}
      >
        <option value="">{t('approvals.inbox.allPartners')}</option>
        {partners.map((partner) => (
          <option key={partner.id} value={partner.id}>
            {partner.name}
          </option>
        ))}
      </select>
      <input
        type="number"
        min={0}
        className="inbox-filters__amount"
        aria-label={t('approvals.inbox.minAmount')}
        placeholder={t('approvals.inbox.minAmount')}
        value={filter.minAmount ?? ''}
        onChange={(event) => {
          set({ minAmount: amountOf(event.target.value) });
        }}
      />
      <input
        type="number"
        min={0}
        className="inbox-filters__amount"
        aria-label={t('approvals.inbox.maxAmount')}
        placeholder={t('approvals.inbox.maxAmount')}
        value={filter.maxAmount ?? ''}
        onChange={(event) => {
          set({ maxAmount: amountOf(event.target.value) });
        }}
      />
      <label className="inbox-filters__toggle">
        <input
          type="checkbox"
          checked={filter.overdueOnly}
          onChange={(event) => {
            set({ overdueOnly: event.target.checked });
          }}
        />
        {t('approvals.inbox.overdueOnly')}
      </label>
      <label className="inbox-filters__toggle">
        <input
          type="checkbox"
          checked={filter.conflictOnly}
          onChange={(event) => {
            set({ conflictOnly: event.target.checked });
          }}
        />
        {t('approvals.inbox.conflictOnly')}
      </label>
    </div>
  );
}
