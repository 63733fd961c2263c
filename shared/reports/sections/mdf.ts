import type { ReportCell, ReportSheet } from '../report';
import { partnerName, reportMoney, sheetOf, type SectionContext } from './section-context';

/**
 * The scope's funds, counted as the dashboard's rollup counts them (allocated with accrued,
 * claimed as reserved plus paid), converted at today's rates as the dashboard's MDF figures are.
 */
export function mdfSection(context: SectionContext): ReportSheet {
  const convert = (amountMinor: number, currency: string) =>
    reportMoney(context, 'mdf', { amountMinor, currency }, context.today);
  const rows: ReportCell[][] = context.sources.funds
    .filter((fund) => context.partnerIds.has(fund.partnerId))
    .sort(
      (a, b) =>
        partnerName(context, a.partnerId).localeCompare(partnerName(context, b.partnerId)) ||
        a.id.localeCompare(b.id),
    )
    .map((fund) => {
      const currency = fund.allocated.currency;
      return [
        fund.id,
        partnerName(context, fund.partnerId),
        fund.fundType,
        fund.period,
        convert(fund.allocated.amountMinor + fund.accrued.amountMinor, currency),
        convert(fund.reserved.amountMinor + fund.paid.amountMinor, fund.paid.currency),
        convert(fund.paid.amountMinor, fund.paid.currency),
        convert(fund.balance.amountMinor, fund.balance.currency),
      ];
    });
  return sheetOf(
    context,
    'mdf',
    [
      { key: 'fund', kind: 'text' },
      { key: 'partner', kind: 'text' },
      { key: 'fundType', kind: 'text' },
      { key: 'fundPeriod', kind: 'text' },
      { key: 'allocated', kind: 'money', total: true },
      { key: 'claimed', kind: 'money', total: true },
      { key: 'paid', kind: 'money', total: true },
      { key: 'balance', kind: 'money', total: true },
    ],
    rows,
  );
}
