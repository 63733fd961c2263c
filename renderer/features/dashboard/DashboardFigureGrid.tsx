import { useTranslation } from 'react-i18next';
import type { PartnerTier } from '../../../shared/schema';
import { RevenueByMonthChart, TierDistributionChart } from './DashboardCharts';
import { revenueChange } from '../../../shared/figures/dashboard-figures';
import type { GridFigures } from './grid-figures';
import type { DrillFigure } from './drill-columns';
import { FigureCard } from './FigureCard';
import { formatCount, formatMoneyIn, formatOriginals, formatPercent } from './format';

type GridProps = {
  figures: GridFigures;
  onDrill: (figure: DrillFigure, tier?: PartnerTier) => void;
};

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The figure cards, the charts and the movers. */
export function DashboardFigureGrid({ figures, onDrill }: GridProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = (total: GridFigures['revenue']) => formatMoneyIn(total.total, locale, true);
  const open = t('dashboard.openRecords');
  const card = (figure: DrillFigure) => () => {
    onDrill(figure);
  };
  const { atRisk, recommended } = figures;
  return (
    <div className="dashboard__grid">
      <FigureCard
        figureId="revenue"
        exact={figures.revenue.total.amountMinor}
        title={t('dashboard.figure.revenue')}
        value={money(figures.revenue)}
        detail={t('dashboard.againstTarget', {
          target: money(figures.target),
          share: formatPercent(
            share(figures.revenue.total.amountMinor, figures.target.total.amountMinor),
            locale,
          ),
        })}
        originals={formatOriginals(figures.revenue, locale)}
        openLabel={open}
        onOpen={card('revenue')}
      />
      <FigureCard
        figureId="pipeline"
        exact={figures.pipeline.total.amountMinor}
        title={t('dashboard.figure.pipeline')}
        value={money(figures.pipeline)}
        originals={formatOriginals(figures.pipeline, locale)}
        openLabel={open}
        onOpen={card('pipeline')}
      />
      <FigureCard
        figureId="registered"
        exact={figures.registered}
        title={t('dashboard.figure.registered')}
        value={formatCount(figures.registered, locale)}
        detail={t('dashboard.approvedOf', { count: figures.approved })}
        openLabel={open}
        onOpen={card('registered')}
      />
      <FigureCard
        figureId="won"
        exact={figures.won}
        title={t('dashboard.figure.won')}
        value={formatCount(figures.won, locale)}
        detail={money(figures.wonAmount)}
        originals={formatOriginals(figures.wonAmount, locale)}
        openLabel={open}
        onOpen={card('won')}
      />
      <FigureCard
        figureId="conversion"
        title={t('dashboard.figure.conversion')}
        value={formatPercent(figures.conversion, locale)}
        detail={t('dashboard.conversionOf', {
          approved: figures.approved,
          registered: figures.registered,
        })}
        openLabel={open}
        onOpen={card('conversion')}
      />
      <FigureCard
        figureId="turnaround"
        title={t('dashboard.figure.turnaround')}
        value={
          figures.averageTurnaroundHours === null
            ? '–'
            : t('dashboard.hours', {
                hours: formatCount(figures.averageTurnaroundHours, locale, 1),
              })
        }
        detail={t('dashboard.withinSla', {
          share: formatPercent(share(figures.decidedInSla, figures.decided), locale),
          count: figures.decided,
        })}
        openLabel={open}
        onOpen={card('turnaround')}
      />
      <FigureCard
        figureId="mdf"
        exact={figures.mdfAllocated.total.amountMinor}
        title={t('dashboard.figure.mdf')}
        value={money(figures.mdfAllocated)}
        detail={t('dashboard.mdfDetail', {
          claimed: money(figures.mdfClaimed),
          paid: money(figures.mdfPaid),
          roi: figures.mdfRoi === null ? '–' : formatCount(figures.mdfRoi, locale, 1),
        })}
        originals={formatOriginals(figures.mdfAllocated, locale)}
        openLabel={open}
        onOpen={card('mdf')}
      />
      <FigureCard
        figureId="certification"
        title={t('dashboard.figure.certification')}
        value={formatPercent(share(figures.partnersWithCertified, figures.partnerCount), locale)}
        detail={t('dashboard.certifiedDetail', {
          certified: figures.certifiedContacts,
          contacts: figures.contacts,
        })}
        openLabel={open}
        onOpen={card('certification')}
      />
      <FigureCard
        figureId="health"
        exact={atRisk}
        title={t('dashboard.figure.health')}
        value={t('dashboard.atRisk', { count: atRisk })}
        detail={t('dashboard.recommendations', { count: recommended })}
        openLabel={open}
        onOpen={card('health')}
      />
      <RevenueByMonthChart months={figures.months} currency={figures.revenue.total.currency} />
      <TierDistributionChart
        tiers={figures.tiers}
        onTier={(tier) => {
          onDrill('tier', tier);
        }}
      />
      <section className="dashboard-movers" aria-labelledby="movers-title">
        <h3 id="movers-title">{t('dashboard.figure.movers')}</h3>
        <div className="dashboard-movers__lists">
          {(['top', 'bottom'] as const).map((side) => {
            const movers = side === 'top' ? figures.topMovers : figures.bottomMovers;
            return (
              <div key={side}>
                <h4>{t(`dashboard.movers.${side}`)}</h4>
                {movers.length === 0 ? (
                  <p>{t('dashboard.movers.none')}</p>
                ) : (
                  <ol>
                    {movers.map((row) => (
                      <li key={row.partner.id}>
                        {row.partner.name}{' '}
                        <span className={side === 'top' ? 'mover--up' : 'mover--down'}>
                          {formatMoneyIn(
                            {
                              amountMinor: revenueChange(row),
                              currency: row.revenue.total.currency,
                            },
                            locale,
                            true,
                          )}
                        </span>
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            );
          })}
        </div>
        <button type="button" onClick={card('movers')}>
          {t('dashboard.openRecords')}
        </button>
      </section>
    </div>
  );
}
