import { partnerTiers } from '../../schema';
import type { ReportedTotal } from '../../rules/money';
import type { ReportCell, ReportSheet } from '../report';
import type { SummaryKpi } from '../report-labels';
import { noteUnconverted, sheetOf, type SectionContext } from './section-context';

type KpiValue =
  | { kind: 'money'; total: ReportedTotal }
  | { kind: 'count'; value: number }
  | { kind: 'share' | 'figure'; value: number | null };

/** The dashboard's figures, one row a KPI; each value in the column of its kind. */
export function summarySection(context: SectionContext): ReportSheet {
  const { figures, labels } = context;
  const revenue = figures.revenue.total.amountMinor;
  const target = figures.target.total.amountMinor;
  const kpis: [SummaryKpi, KpiValue][] = [
    ['revenue', { kind: 'money', total: figures.revenue }],
    ['target', { kind: 'money', total: figures.target }],
    ['attainment', { kind: 'share', value: target > 0 ? revenue / target : null }],
    ['pipeline', { kind: 'money', total: figures.pipeline }],
    ['wonAmount', { kind: 'money', total: figures.wonAmount }],
    ['registered', { kind: 'count', value: figures.registered }],
    ['approved', { kind: 'count', value: figures.approved }],
    ['won', { kind: 'count', value: figures.won }],
    ['conversion', { kind: 'share', value: figures.conversion }],
    ['decided', { kind: 'count', value: figures.decided }],
    ['decidedInSla', { kind: 'count', value: figures.decidedInSla }],
    ['averageTurnaroundHours', { kind: 'figure', value: figures.averageTurnaroundHours }],
    ['mdfAllocated', { kind: 'money', total: figures.mdfAllocated }],
    ['mdfClaimed', { kind: 'money', total: figures.mdfClaimed }],
    ['mdfPaid', { kind: 'money', total: figures.mdfPaid }],
    ['mdfRoi', { kind: 'figure', value: figures.mdfRoi }],
    ['contacts', { kind: 'count', value: figures.contacts }],
    ['certifiedContacts', { kind: 'count', value: figures.certifiedContacts }],
    ['partnersWithCertified', { kind: 'count', value: figures.partnersWithCertified }],
  ];
  const rows: ReportCell[][] = kpis.map(([kpi, value]) => {
    const row: ReportCell[] = [labels.kpis[kpi], null, null, null, null];
    if (value.kind === 'money') {
      row[1] = value.total.total.amountMinor;
      for (const money of value.total.unconverted) {
        noteUnconverted(context, 'summary', money.currency);
      }
    } else if (value.kind === 'count') row[2] = value.value;
    else if (value.kind === 'share') row[3] = value.value;
    else row[4] = value.value === null ? null : Math.round(value.value * 100) / 100;
    return row;
  });
  const sheet = sheetOf(
    context,
    'summary',
    [
      { key: 'metric', kind: 'text' },
      { key: 'amount', kind: 'money' },
      { key: 'count', kind: 'integer' },
      { key: 'share', kind: 'ratio' },
      { key: 'figure', kind: 'decimal' },
    ],
    rows,
  );
  const months = figures.months.map((point) => point.month.slice(0, 7));
  sheet.charts = [
    {
      title: labels.charts.revenueByMonth,
      kind: 'bar',
      labels: months,
      series: [
        {
          label: labels.charts.revenue,
          kind: 'money',
          values: figures.months.map((point) => point.revenueMinor),
        },
      ],
    },
    {
      title: labels.charts.pipelineByMonth,
      kind: 'line',
      labels: months,
      series: [
        {
          label: labels.charts.pipeline,
          kind: 'money',
          values: figures.months.map((point) => point.pipelineMinor),
        },
      ],
    },
    {
      title: labels.charts.partnersByTier,
      kind: 'bar',
      labels: [...partnerTiers],
      series: [
        {
          label: labels.charts.partners,
          kind: 'integer',
          values: partnerTiers.map((tier) => figures.tiers[tier]),
        },
      ],
    },
  ];
  return sheet;
}
