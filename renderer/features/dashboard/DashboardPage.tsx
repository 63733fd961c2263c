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
import './dashboard.css';

type Drill = { figure: DrillFigure; tier?: PartnerTier };

/** The territory at a glance: every figure from the rollups, each opening its partners. */
export function DashboardPage() {
  const { t } = useTranslation();
  const sources = useDashboardSources();
  const [filters, setFilters] = useState<Filters>(defaultFilters);
  const [reportingCurrency, setReportingCurrency] = useReportingCurrency(sources?.territories);
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const dashboard = useDashboard(sources, filters, reportingCurrency, today);
  const [drill, setDrill] = useState<Drill | null>(null);

  if (!sources || !dashboard) {
    return <p className="app-message">{t('dashboard.loading')}</p>;
  }
  const { figures, health } = dashboard;
  const rows = drill?.tier
    ? figures.partners.filter((row) => row.partner.tier === drill.tier)
    : drill?.figure === 'movers'
      ? [...figures.topMovers, ...figures.bottomMovers]
      : figures.partners;
  const noRollup = sources.territories.every((territory) => territory.rollup === null);
  return (
    <div className="page dashboard" data-testid="dashboard">
      <header className="page__header dashboard__header">
        <h2>{t('dashboard.title')}</h2>
        <p className="dashboard__partners" data-testid="dashboard-partner-count">
          {t('dashboard.partnerCount', { count: figures.partners.length })}
        </p>
      </header>
      <DashboardFilters
        filters={filters}
        partners={sources.partners}
        currencies={dashboard.currencies}
        reportingCurrency={reportingCurrency}
        onFilters={(next) => {
          setFilters(next);
          setDrill(null);
        }}
        onReportingCurrency={setReportingCurrency}
      />
      {noRollup ? <p className="dashboard__notice">{t('dashboard.noRollup')}</p> : null}
      <div className="dashboard__body">
        <DashboardFigureGrid
          figures={figures}
          health={health}
          onDrill={(figure, tier) => {
            setDrill(tier ? { figure, tier } : { figure });
          }}
        />
        {drill ? (
          <DrillDown
            key={`${drill.figure}-${drill.tier ?? ''}`}
            figure={drill.figure}
            title={
              drill.tier ? t(`partners.tier.${drill.tier}`) : t(`dashboard.figure.${drill.figure}`)
            }
            rows={rows}
            health={health}
            onClose={() => {
              setDrill(null);
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
