import { useMemo } from 'react';
import type { HealthScore } from '../../../shared/rules/health-score';
import type { RateTable } from '../../../shared/rules/money';
import {
  filteredFigures,
  periodRows,
  type DashboardFigures,
  type DashboardFilters,
} from '../../../shared/figures/dashboard-figures';
import { partnerHealth, tierRequirements } from '../../../shared/figures/partner-health';
import { rateTableOf, reportingIn, type Reporting } from '../../../shared/figures/reporting-money';
import type { DashboardSources } from './useDashboardSources';

export { rateTableOf };

/** The currencies a user may report in: the base and every currency with a rate. */
export function reportingCurrencies(table: RateTable): string[] {
  return [...new Set([table.baseCurrency, ...table.rates.map((rate) => rate.currency)])].sort();
}

/** Every partner's health, whatever the filters: it depends on the rollup and the currency. */
export function healthByPartner(
  sources: DashboardSources,
  today: string,
  reporting: Reporting,
): Map<string, HealthScore> {
  const requirements = tierRequirements(sources.programs, today, reporting);
  const rollups = new Map(sources.territories.map((territory) => [territory.id, territory.rollup]));
  const health = new Map<string, HealthScore>();
  const counted = new Map(
    sources.territories.flatMap((territory) =>
      (territory.rollup?.partners ?? []).map((entry) => [entry.partnerId, entry] as const),
    ),
  );
  for (const partner of sources.partners) {
    const rollup = rollups.get(partner.territoryId);
    const entry = counted.get(partner.id);
    if (rollup && entry) {
      health.set(partner.id, partnerHealth(partner, rollup, entry, requirements, today, reporting));
    }
  }
  return health;
}

export type Dashboard = {
  figures: DashboardFigures;
  health: Map<string, HealthScore>;
  currencies: string[];
};

export function useDashboard(
  sources: DashboardSources | undefined,
  filters: DashboardFilters,
  reportingCurrency: string,
  today: string,
): Dashboard | undefined {
  const table = useMemo(() => (sources ? rateTableOf(sources.territories) : undefined), [sources]);
  const reporting = useMemo(
    () => (table ? reportingIn(reportingCurrency, table) : undefined),
    [table, reportingCurrency],
  );
  const health = useMemo(
    () => (sources && reporting ? healthByPartner(sources, today, reporting) : undefined),
    [sources, reporting, today],
  );
  const { period } = filters;
  const rows = useMemo(
    () =>
      sources && reporting
        ? periodRows(sources.territories, sources.partners, period, today, reporting)
        : undefined,
    [sources, reporting, period, today],
  );
  const figures = useMemo(
    () => (rows && reporting ? filteredFigures(rows, filters, today, reporting) : undefined),
    [rows, reporting, filters, today],
  );
  if (!figures || !health || !table) return undefined;
  return { figures, health, currencies: reportingCurrencies(table) };
}
