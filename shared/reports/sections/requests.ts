import { finalDecisionAt } from '../../rules/territory-rollup';
import type { ReportCell, ReportSheet } from '../report';
import { inPeriod, monthMoney, partnerName, sheetOf, type SectionContext } from './section-context';

const HOUR_MS = 3_600_000;

/** Requests of the scope submitted in the period, with how long their decision took. */
export function requestsSection(context: SectionContext): ReportSheet {
  const { labels } = context;
  const rows: ReportCell[][] = context.sources.requests
    .filter(
      (request) =>
        context.partnerIds.has(request.partnerId) && inPeriod(context, request.submittedAt),
    )
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id))
    .map((request) => {
      const decidedAt = finalDecisionAt(request);
      // Rounded to whole hours and never negative, as the rollup counts turnaround.
      const hours =
        decidedAt === null
          ? null
          : Math.max(
              0,
              Math.round((Date.parse(decidedAt) - Date.parse(request.submittedAt)) / HOUR_MS),
            );
      return [
        request.id,
        request.type,
        partnerName(context, request.partnerId),
        request.status,
        request.amount
          ? monthMoney(context, 'requests', request.amount, request.submittedAt)
          : null,
        request.submittedAt,
        decidedAt,
        hours,
        hours === null ? null : hours <= request.slaHours ? labels.yes : labels.no,
      ];
    });
  return sheetOf(
    context,
    'requests',
    [
      { key: 'request', kind: 'text' },
      { key: 'type', kind: 'text' },
      { key: 'partner', kind: 'text' },
      { key: 'status', kind: 'text' },
      { key: 'amount', kind: 'money', total: true },
      { key: 'submittedAt', kind: 'datetime' },
      { key: 'decidedAt', kind: 'datetime' },
      { key: 'turnaroundHours', kind: 'integer' },
      { key: 'withinSla', kind: 'text' },
    ],
    rows,
  );
}
