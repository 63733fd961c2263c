import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerTier } from '../../../shared/schema';
import { DashboardFilters } from './DashboardFilters';
import { DashboardFigureGrid } from './DashboardFigureGrid';
import {
  defaultFilters,
  type DashboardFilters as Filters,
} from '../../../shared/figures/dashboard-figures';
import type { DrillFigure } from './drill-columns';
import { DrillDown } from './DrillDown';
import { useDashboard } from './useDashboard';
import { useDashboardSources } from './useDashboardSources';
import { useReportingCurrency } from './useReportingCurrency';
import { gridFigures } from './grid-figures';
import { useKeepOpeningView, useKeptView } from './useOpeningView';
import { placesOf } from './places';
import './dashboard.css';

type Drill = { figure: DrillFigure; tier?: PartnerTier };

/** The territory at a glance: every figure from the rollups, each opening its partners. */
export function DashboardPage() {
  const { t } = useTranslation();
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const { kept, ready } = useKeptView(today);
  const sources = useDashboardSources(ready);
  const [filters, setFilters] = useState<Filters>(defaultFilters);
  const [reportingCurrency, setReportingCurrency] = useReportingCurrency(sources?.territories);
  const dashboard = useDashboard(sources, filters, reportingCurrency, today);
  const [drill, setDrill] = useState<Drill | null>(null);
  const counted = useMemo(
    () =>
      sources && dashboard
        ? {
            figures: gridFigures(dashboard.figures, dashboard.health),
            places: placesOf(sources.partners),
            currencies: dashboard.currencies,
            reportingCurrency,
            noRollup: sources.territories.every((territory) => territory.rollup === null),
          }
        : undefined,
    [sources, dashboard, reportingCurrency],
  );
  useKeepOpeningView(isDefault(filters) ? counted : undefined, today);
  const view = counted ?? (isDefault(filters) ? kept : undefined);

  if (!view) {
    return <p className="app-message">{t('dashboard.loading')}</p>;
  }
  const { figures } = view;
  const partnerRows = dashboard?.figures.partners ?? [];
  const rows = drill?.tier
    ? partnerRows.filter((row) => row.partner.tier === drill.tier)
    : drill?.figure === 'movers'
      ? [...figures.topMovers, ...figures.bottomMovers]
      : partnerRows;
  return (
    <div
      className="page dashboard"
      data-testid="dashboard"
      data-view={counted ? 'counted' : 'kept'}
    >
      <header className="page__header dashboard__header">
        <h2>{t('dashboard.title')}</h2>
        <p className="dashboard__partners" data-testid="dashboard-partner-count">
          {t('dashboard.partnerCount', { count: figures.partnerCount })}
        </p>
      </header>
      <DashboardFilters
        filters={filters}
        places={view.places}
        currencies={view.currencies}
        reportingCurrency={view.reportingCurrency}
        onFilters={(next) => {
          setFilters(next);
          setDrill(null);
        }}
        onReportingCurrency={setReportingCurrency}
      />
      {view.noRollup ? <p className="dashboard__notice">{t('dashboard.noRollup')}</p> : null}
      <div className="dashboard__body">
        <DashboardFigureGrid
          figures={figures}
          onDrill={(figure, tier) => {
            setDrill(tier ? { figure, tier } : { figure });
          }}
        />
        {/* A drill-down lists partners' rows: it opens once they are counted. */}
        {drill && dashboard ? (
          <DrillDown
            key={`${drill.figure}-${drill.tier ?? ''}`}
            figure={drill.figure}
            title={
              drill.tier ? t(`partners.tier.${drill.tier}`) : t(`dashboard.figure.${drill.figure}`)
            }
            rows={rows}
            health={dashboard.health}
            onClose={() => {
              setDrill(null);
            }}
          />
        ) : null}
      </div>
    </div>
  );
}

const isDefault = (filters: Filters) =>
  (Object.keys(defaultFilters) as (keyof Filters)[]).every(
    (key) => filters[key] === defaultFilters[key],
  );
