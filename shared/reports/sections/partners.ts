import type { ReportCell, ReportSheet } from '../report';
import { noteUnconverted, sheetOf, type SectionContext } from './section-context';

/** One scorecard per partner: the dashboard's own per-partner figures (its drill-down rows). */
export function partnersSection(context: SectionContext): ReportSheet {
  const rows: ReportCell[][] = [...context.figures.partners]
    .sort((a, b) => a.partner.name.localeCompare(b.partner.name))
    .map((row) => {
      for (const total of [row.revenue, row.target, row.pipeline, row.mdfPaid]) {
        for (const money of total.unconverted) {
          noteUnconverted(context, 'partners', money.currency);
        }
      }
      const revenue = row.revenue.total.amountMinor;
      const target = row.target.total.amountMinor;
      return [
        row.partner.name,
        row.partner.tier,
        revenue,
        target,
        target > 0 ? revenue / target : null,
        row.pipeline.total.amountMinor,
        row.registered,
        row.approved,
        row.won,
        row.decided,
        row.decidedInSla,
        row.mdfPaid.total.amountMinor,
      ];
    });
  return sheetOf(
    context,
    'partners',
    [
      { key: 'partner', kind: 'text' },
      { key: 'tier', kind: 'text' },
      { key: 'revenue', kind: 'money', total: true },
      { key: 'target', kind: 'money', total: true },
      { key: 'attainment', kind: 'ratio' },
      { key: 'pipeline', kind: 'money', total: true },
      { key: 'registered', kind: 'integer', total: true },
      { key: 'approved', kind: 'integer', total: true },
      { key: 'won', kind: 'integer', total: true },
      { key: 'decided', kind: 'integer', total: true },
      { key: 'decidedInSla', kind: 'integer', total: true },
      { key: 'mdfPaid', kind: 'money', total: true },
    ],
    rows,
  );
}
