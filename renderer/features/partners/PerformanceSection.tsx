import { chartTooltipStyle } from '../../ui/chart-style';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { currencyDigits } from '../../../shared/format/money';
import type { Performance } from '../../../shared/schema';
import { Empty, Section } from './Section';

/** How many months the trend shows. */
const TREND_MONTHS = 24;

type Point = {
  label: string;
  revenue: number;
  pipeline: number;
  registered: number;
  won: number;
};

function trendPoints(performance: Performance[], locale: string): Point[] {
  const label = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit' });
  return [...performance]
    .sort((a, b) => a.year - b.year)
    .flatMap((year) => {
      const scale = 10 ** currencyDigits(year.currency);
      return [...year.months]
        .sort((a, b) => a.month - b.month)
        .map((month) => ({
          label: label.format(new Date(Date.UTC(year.year, month.month - 1, 15))),
          revenue: month.revenueMinor / scale,
          pipeline: month.pipelineMinor / scale,
          registered: month.dealsRegistered,
          won: month.dealsWon,
        }));
    })
    .slice(-TREND_MONTHS);
}

/**
 * Revenue and pipeline, and deals registered and won, month by month in the partner's own
 * currency. Each chart is focusable (arrow keys walk its months) and named; the caption says
 * in words what it shows.
 */
export function PerformanceSection({ performance }: { performance: Performance[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const points = trendPoints(performance, locale);
  const currency = performance.at(-1)?.currency ?? 'USD';
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' });
  const total = points.slice(-12).reduce((sum, point) => sum + point.revenue, 0);
  const won = points.slice(-12).reduce((sum, point) => sum + point.won, 0);
  const moneyTitle = t('p360.performance.moneyChart', { months: points.length });
  const dealsTitle = t('p360.performance.dealsChart', { months: points.length });
  return (
    <Section id="performance" title={t('p360.performance.title')} wide>
      {points.length === 0 ? (
        <Empty>{t('p360.performance.none')}</Empty>
      ) : (
        <div className="p360-charts">
          <figure className="p360-chart">
            <figcaption>
              {moneyTitle}: {t('p360.performance.revenueSummary', { total: money.format(total) })}
            </figcaption>
            <ResponsiveContainer width="100%" height={200}>
              <LineChart
                data={points}
                margin={{ top: 8, right: 12, bottom: 0, left: 8 }}
                title={moneyTitle}
                desc={t('p360.performance.revenueSummary', { total: money.format(total) })}
              >
                <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
                <XAxis dataKey="label" fontSize={11} tickLine={false} stroke="var(--ink-muted)" />
                <YAxis
                  fontSize={11}
                  width={84}
                  stroke="var(--ink-muted)"
                  tickFormatter={(value: number) => money.format(value)}
                />
                <Tooltip
                  {...chartTooltipStyle}
                  formatter={(value) => money.format(Number(value))}
                />
                <Legend />
                <Line
                  type="monotone"
                  dataKey="revenue"
                  name={t('p360.performance.revenue')}
                  stroke="var(--chart-1)"
                  strokeWidth={2}
                  dot={false}
                />
                <Line
                  type="monotone"
                  dataKey="pipeline"
                  name={t('p360.performance.pipeline')}
                  stroke="var(--chart-4)"
                  strokeWidth={2}
                  strokeDasharray="5 3"
                  dot={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </figure>
          <figure className="p360-chart">
            <figcaption>
              {dealsTitle}: {t('p360.performance.wonSummary', { count: won })}
            </figcaption>
            <ResponsiveContainer width="100%" height={200}>
              <BarChart
                data={points}
                margin={{ top: 8, right: 12, bottom: 0, left: 8 }}
                title={dealsTitle}
                desc={t('p360.performance.wonSummary', { count: won })}
              >
                <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
                <XAxis dataKey="label" fontSize={11} tickLine={false} stroke="var(--ink-muted)" />
                <YAxis fontSize={11} width={40} allowDecimals={false} stroke="var(--ink-muted)" />
                <Tooltip {...chartTooltipStyle} />
                <Legend />
                <Bar
                  dataKey="registered"
                  name={t('p360.performance.registered')}
                  fill="var(--chart-2)"
                />
                <Bar dataKey="won" name={t('p360.performance.won')} fill="var(--chart-3)" />
              </BarChart>
            </ResponsiveContainer>
          </figure>
        </div>
      )}
    </Section>
  );
}
