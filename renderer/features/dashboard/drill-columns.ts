import type { TFunction } from 'i18next';
import type { HealthScore } from '../../../shared/rules/health-score';
import type { ReportedTotal } from '../../../shared/rules/money';
import { revenueChange } from '../../../shared/figures/dashboard-figures';
import { formatCount, formatMoneyIn, formatOriginals, formatPercent } from './format';
import type { PartnerFigures } from '../../../shared/figures/partner-figures';

export const drillFigures = [
  'revenue',
  'pipeline',
  'registered',
  'won',
  'conversion',
  'turnaround',
  'mdf',
  'certification',
  'health',
  'movers',
  'tier',
] as const;
export type DrillFigure = (typeof drillFigures)[number];

export type DrillColumn = {
  header: string;
  text: (row: PartnerFigures) => string;
  /** Originals of a converted amount, shown beside it. */
  originals?: (row: PartnerFigures) => string;
};

export type DrillView = { columns: DrillColumn[]; sortValue: (row: PartnerFigures) => number };

type Context = { t: TFunction; locale: string; health: ReadonlyMap<string, HealthScore> };

function moneyColumn(header: string, pick: (row: PartnerFigures) => ReportedTotal, locale: string) {
  return {
    header,
    text: (row: PartnerFigures) => formatMoneyIn(pick(row).total, locale),
    originals: (row: PartnerFigures) => formatOriginals(pick(row), locale),
  };
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The columns that explain a figure, partner by partner, and the order of its rows. */
export function drillView(figure: DrillFigure, { t, locale, health }: Context): DrillView {
  const count = (header: string, pick: (row: PartnerFigures) => number) => ({
    header,
    text: (row: PartnerFigures) => formatCount(pick(row), locale),
  });
  switch (figure) {
    case 'revenue':
      return {
        columns: [
          moneyColumn(t('dashboard.column.revenue'), (row) => row.revenue, locale),
          moneyColumn(t('dashboard.column.target'), (row) => row.target, locale),
          {
            header: t('dashboard.column.attainment'),
            text: (row) =>
              formatPercent(
                ratio(row.revenue.total.amountMinor, row.target.total.amountMinor),
                locale,
              ),
          },
        ],
        sortValue: (row) => row.revenue.total.amountMinor,
      };
    case 'pipeline':
      return {
        columns: [moneyColumn(t('dashboard.column.pipeline'), (row) => row.pipeline, locale)],
        sortValue: (row) => row.pipeline.total.amountMinor,
      };
    case 'registered':
    case 'conversion':
      return {
        columns: [
          count(t('dashboard.column.registered'), (row) => row.registered),
          count(t('dashboard.column.approved'), (row) => row.approved),
          {
            header: t('dashboard.column.conversion'),
            text: (row) => formatPercent(ratio(row.approved, row.registered), locale),
          },
        ],
        sortValue: (row) => row.registered,
      };
    case 'won':
      return {
        columns: [
          count(t('dashboard.column.won'), (row) => row.won),
          moneyColumn(t('dashboard.column.wonAmount'), (row) => row.wonAmount, locale),
        ],
        sortValue: (row) => row.wonAmount.total.amountMinor,
      };
    case 'turnaround':
      return {
        columns: [
          count(t('dashboard.column.decided'), (row) => row.decided),
          count(t('dashboard.column.inSla'), (row) => row.decidedInSla),
          {
            header: t('dashboard.column.averageHours'),
            text: (row) =>
              row.decided > 0 ? formatCount(row.turnaroundHours / row.decided, locale, 1) : '–',
          },
        ],
        sortValue: (row) => row.decided,
      };
    case 'mdf':
      return {
        columns: [
          moneyColumn(t('dashboard.column.mdfAllocated'), (row) => row.mdfAllocated, locale),
          moneyColumn(t('dashboard.column.mdfClaimed'), (row) => row.mdfClaimed, locale),
          moneyColumn(t('dashboard.column.mdfPaid'), (row) => row.mdfPaid, locale),
        ],
        sortValue: (row) => row.mdfAllocated.total.amountMinor,
      };
    case 'certification':
      return {
        columns: [
          count(t('dashboard.column.contacts'), (row) => row.contacts),
          count(t('dashboard.column.certified'), (row) => row.certifiedContacts),
        ],
        sortValue: (row) => row.certifiedContacts,
      };
    case 'health':
      return {
        columns: [
          {
            header: t('dashboard.column.health'),
            text: (row) => formatCount(health.get(row.partner.id)?.score ?? 0, locale),
          },
          {
            header: t('dashboard.column.recommendation'),
            text: (row) => {
              const advice = health.get(row.partner.id)?.recommendation;
              return advice
                ? t(`health.${advice.direction}`, { tier: t(`partners.tier.${advice.tier}`) })
                : '–';
            },
          },
        ],
        // Weakest first: the partners to call.
        sortValue: (row) => -(health.get(row.partner.id)?.score ?? 0),
      };
    case 'movers':
      return {
        columns: [
          moneyColumn(t('dashboard.column.revenue'), (row) => row.revenue, locale),
          moneyColumn(t('dashboard.column.revenuePrior'), (row) => row.revenuePrior, locale),
          {
            header: t('dashboard.column.change'),
            text: (row) =>
              formatMoneyIn(
                { amountMinor: revenueChange(row), currency: row.revenue.total.currency },
                locale,
              ),
          },
        ],
        sortValue: (row) => revenueChange(row),
      };
    case 'tier':
      return {
        columns: [moneyColumn(t('dashboard.column.revenue'), (row) => row.revenue, locale)],
        sortValue: (row) => row.revenue.total.amountMinor,
      };
  }
}
