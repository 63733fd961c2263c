import type { DashboardFigures } from '../../../shared/figures/dashboard-figures';
import type { HealthScore } from '../../../shared/rules/health-score';

/**
 * What the cards, charts and movers show: the figures without every partner's row (a count and
 * the health summary instead), small enough to keep for the next reopen (dashboard-snapshot.ts).
 */
export type GridFigures = Omit<DashboardFigures, 'partners'> & {
  partnerCount: number;
  /** Of the partners shown with a health score: at risk, and with a recommendation. */
  atRisk: number;
  recommended: number;
};

export function gridFigures(
  figures: DashboardFigures,
  health: ReadonlyMap<string, HealthScore>,
): GridFigures {
  const { partners, ...rest } = figures;
  const shown = partners
    .map((row) => health.get(row.partner.id))
    .filter((score) => score !== undefined);
  return {
    ...rest,
    partnerCount: partners.length,
    atRisk: shown.filter((score) => score.band === 'at_risk').length,
    recommended: shown.filter((score) => score.recommendation !== null).length,
  };
}
