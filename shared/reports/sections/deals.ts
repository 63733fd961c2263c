import type { ReportCell, ReportSheet } from '../report';
import { inPeriod, monthMoney, partnerName, sheetOf, type SectionContext } from './section-context';

/**
 * Every deal of the scope registered in the period's months, its amount converted as the
 * dashboard converts it (at the first day of its registration month).
 */
export function dealsSection(context: SectionContext): ReportSheet {
  const rows: ReportCell[][] = context.sources.deals
    .filter(
      (deal) => context.partnerIds.has(deal.partnerId) && inPeriod(context, deal.registeredAt),
    )
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.id.localeCompare(b.id))
    .map((deal) => [
      deal.id,
      partnerName(context, deal.partnerId),
      deal.endCustomer.name,
      deal.stage,
      deal.registrationStatus,
      monthMoney(context, 'deals', deal.amount, deal.registeredAt),
      deal.registeredAt,
      deal.protectionExpiresAt,
    ]);
  return sheetOf(
    context,
    'deals',
    [
      { key: 'deal', kind: 'text' },
      { key: 'partner', kind: 'text' },
      { key: 'customer', kind: 'text' },
      { key: 'stage', kind: 'text' },
      { key: 'registrationStatus', kind: 'text' },
      { key: 'amount', kind: 'money', total: true },
      { key: 'registeredAt', kind: 'datetime' },
      { key: 'protectionExpiresAt', kind: 'datetime' },
    ],
    rows,
  );
}
