import { useTranslation } from 'react-i18next';
import { partnerTiers, partnerTypes } from '../../../shared/schema';
import { periodKeys, type PeriodKey } from '../../../shared/figures/dashboard-period';
import type { DashboardFilters as Filters } from '../../../shared/figures/dashboard-figures';
import type { Place } from './places';

type DashboardFiltersProps = {
  filters: Filters;
  /** Each region and country where a partner is, once (`placesOf`). */
  places: readonly Place[];
  currencies: readonly string[];
  reportingCurrency: string;
  onFilters: (filters: Filters) => void;
  onReportingCurrency: (currency: string) => void;
};

const distinct = (values: readonly string[]) =>
  [...new Set(values)].filter((value) => value !== '').sort((a, b) => a.localeCompare(b));

/** Period, region, country, tier and partner type; and the currency totals are shown in. */
export function DashboardFilters(props: DashboardFiltersProps) {
  const { filters, places, currencies, reportingCurrency, onFilters, onReportingCurrency } = props;
  const { t } = useTranslation();
  const regions = distinct(places.map((place) => place.region));
  const countries = distinct(
    places
      .filter((place) => filters.region === null || place.region === filters.region)
      .map((place) => place.country),
  );
  const orAll = (value: string) => (value === '' ? null : value);
  return (
    <form
      className="dashboard-filters"
      aria-label={t('dashboard.filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <label>
        {t('dashboard.filters.period')}
        <select
          name="period"
          value={filters.period}
          onChange={(event) => {
            onFilters({ ...filters, period: event.target.value as PeriodKey });
          }}
        >
          {periodKeys.map((period) => (
            <option key={period} value={period}>
              {t(`dashboard.period.${period}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.region')}
        <select
          name="region"
          value={filters.region ?? ''}
          onChange={(event) => {
            onFilters({ ...filters, region: orAll(event.target.value), country: null });
          }}
        >
          <option value="">{t('dashboard.filters.all')}</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.country')}
        <select
          name="country"
          value={filters.country ?? ''}
          onChange={(event) => {
            onFilters({ ...filters, country: orAll(event.target.value) });
          }}
        >
          <option value="">{t('dashboard.filters.all')}</option>
          {countries.map((country) => (
            <option key={country} value={country}>
              {country}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.tier')}
        <select
          name="tier"
          value={filters.tier ?? ''}
          onChange={(event) => {
            const tier = partnerTiers.find((candidate) => candidate === event.target.value);
            onFilters({ ...filters, tier: tier ?? null });
          }}
        >
          <option value="">{t('dashboard.filters.all')}</option>
          {partnerTiers.map((tier) => (
            <option key={tier} value={tier}>
              {t(`partners.tier.${tier}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.partnerType')}
        <select
          name="partnerType"
          value={filters.partnerType ?? ''}
          onChange={(event) => {
            const type = partnerTypes.find((candidate) => candidate === event.target.value);
            onFilters({ ...filters, partnerType: type ?? null });
          }}
        >
          <option value="">{t('dashboard.filters.all')}</option>
          {partnerTypes.map((type) => (
            <option key={type} value={type}>
              {t(`partners.type.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.currency')}
        <select
          name="reportingCurrency"
          value={reportingCurrency}
          onChange={(event) => {
            onReportingCurrency(event.target.value);
          }}
        >
          {currencies.map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
