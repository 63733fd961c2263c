import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { currencyDigits } from '../../../shared/format/money';
import type { Performance } from '../../../shared/schema';

type RevenueChartProps = { performance: Performance[]; locale: string; months?: number };

/** The partner's revenue for the last `months` months, in the partner's currency. */
export function RevenueChart({ performance, locale, months = 12 }: RevenueChartProps) {
  const currency = performance[0]?.currency ?? 'USD';
  const scale = 10 ** currencyDigits(currency);
  const points = performance
    .flatMap((year) =>
      year.months.map((month) => ({
        label: new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit' }).format(
          new Date(Date.UTC(year.year, month.month - 1, 15)),
        ),
        revenue: month.revenueMinor / scale,
      })),
    )
    .slice(-months);
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
  });
  return (
    <ResponsiveContainer width="100%" height={160}>
      <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <XAxis dataKey="label" fontSize={11} tickLine={false} />
        <YAxis fontSize={11} tickFormatter={(value: number) => money.format(value)} width={64} />
        <Tooltip formatter={(value) => money.format(Number(value))} />
        <Bar dataKey="revenue" fill="#2457c5" radius={[3, 3, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
