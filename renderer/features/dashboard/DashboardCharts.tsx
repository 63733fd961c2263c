import { chartTooltipStyle } from '../../ui/chart-style';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { minorDigits } from '../../../shared/rules/money';
import { partnerTiers, type PartnerTier } from '../../../shared/schema';
import type { MonthPoint } from '../../../shared/figures/dashboard-figures';

type RevenueByMonthProps = { months: readonly MonthPoint[]; currency: string };

/** Revenue and pipeline per month of the period, in the reporting currency. */
export function RevenueByMonthChart({ months, currency }: RevenueByMonthProps) {
  const { t, i18n } = useTranslation();
  const scale = 10 ** minorDigits(currency);
  const label = new Intl.DateTimeFormat(i18n.language, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const money = new Intl.NumberFormat(i18n.language, {
    style: 'currency',
    currency,
    notation: 'compact',
  });
  const points = months.map((point) => ({
    label: label.format(new Date(`${point.month}T12:00:00Z`)),
    revenue: point.revenueMinor / scale,
    pipeline: point.pipelineMinor / scale,
  }));
  return (
    <figure
      className="dashboard-chart"
      aria-label={t('dashboard.chart.revenueByMonth')}
      tabIndex={0}
    >
      <figcaption>{t('dashboard.chart.revenueByMonth')}</figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <XAxis dataKey="label" fontSize={11} tickLine={false} stroke="var(--ink-muted)" />
          <YAxis
            fontSize={11}
            width={70}
            stroke="var(--ink-muted)"
            tickFormatter={(value: number) => money.format(value)}
          />
          <Tooltip {...chartTooltipStyle} formatter={(value) => money.format(Number(value))} />
          <Bar dataKey="revenue" name={t('dashboard.figure.revenue')} fill="var(--chart-1)" />
          <Bar dataKey="pipeline" name={t('dashboard.figure.pipeline')} fill="var(--chart-2)" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

type TierChartProps = {
  tiers: Record<PartnerTier, number>;
  onTier: (tier: PartnerTier) => void;
};

/** Partners per tier; each tier opens its partners (the buttons below the bars). */
export function TierDistributionChart({ tiers, onTier }: TierChartProps) {
  const { t } = useTranslation();
  const points = partnerTiers.map((tier) => ({
    tier,
    label: t(`partners.tier.${tier}`),
    partners: tiers[tier],
  }));
  return (
    <figure className="dashboard-chart" aria-label={t('dashboard.chart.tiers')}>
      <figcaption>{t('dashboard.chart.tiers')}</figcaption>
      <ResponsiveContainer width="100%" height={160}>
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <XAxis dataKey="label" fontSize={11} tickLine={false} stroke="var(--ink-muted)" />
          <YAxis fontSize={11} width={40} allowDecimals={false} stroke="var(--ink-muted)" />
          <Tooltip {...chartTooltipStyle} />
          <Bar dataKey="partners" name={t('dashboard.column.partners')} fill="var(--chart-3)" />
        </BarChart>
      </ResponsiveContainer>
      <div className="tier-buttons">
        {points.map((point) => (
          <button
            key={point.tier}
            type="button"
            data-tier={point.tier}
            onClick={() => {
              onTier(point.tier);
            }}
          >
            {t('dashboard.tierCount', { tier: point.label, count: point.partners })}
          </button>
        ))}
      </div>
    </figure>
  );
}
