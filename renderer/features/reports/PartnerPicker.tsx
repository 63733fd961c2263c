import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/schema';

/** A list of thousands of checkboxes is slow and useless: the search narrows it. */
const SHOWN_AT_MOST = 100;

type PartnerPickerProps = {
  partners: readonly Partner[];
  chosen: ReadonlySet<string>;
  onChosen: (chosen: ReadonlySet<string>) => void;
};

/** Partners chosen one by one, found by name, country or region. */
export function PartnerPicker({ partners, chosen, onChosen }: PartnerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const matching = useMemo(() => {
    const words = deferredSearch.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return partners;
    return partners.filter((partner) => {
      const text = `${partner.name} ${partner.country} ${partner.region}`.toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    });
  }, [partners, deferredSearch]);
  const shown = matching.slice(0, SHOWN_AT_MOST);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChosen(next);
  };
  return (
    <div className="partner-picker">
      <label className="reports__field">
        {t('reports.scope.search')}
        <input
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
          }}
        />
      </label>
      <p className="partner-picker__count" aria-live="polite">
        {t('reports.scope.chosen', { count: chosen.size })}
      </p>
      <ul className="partner-picker__list" aria-label={t('reports.scope.partnerList')}>
        {shown.map((partner) => (
          <li key={partner.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(partner.id)}
                onChange={(event) => {
                  toggle(partner.id, event.target.checked);
                }}
              />
              {partner.name}
              <span className="partner-picker__where">
                {[partner.country, partner.region].filter(Boolean).join(' · ')}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {matching.length === 0 ? (
        <p className="partner-picker__note">
          {t('reports.scope.none', { search: deferredSearch })}
        </p>
      ) : matching.length > shown.length ? (
        <p className="partner-picker__note">
          {t('reports.scope.showing', { shown: shown.length, count: matching.length })}
        </p>
      ) : null}
    </div>
  );
}
