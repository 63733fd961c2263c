import type { ReportCell, ReportSheet } from '../report';
import { inPeriod, sheetOf, type SectionContext } from './section-context';

/** What happened to the scope's requests in the period, oldest first, with who did it. */
export function auditSection(context: SectionContext): ReportSheet {
  const users = new Map(context.sources.users.map((user) => [user.id, user.name]));
  const entries: { at: string; row: ReportCell[] }[] = [];
  for (const request of context.sources.requests) {
    if (!context.partnerIds.has(request.partnerId)) continue;
    for (const entry of request.history) {
      if (!inPeriod(context, entry.at)) continue;
      const actor = entry.actorId === null ? null : (users.get(entry.actorId) ?? entry.actorId);
      entries.push({ at: entry.at, row: [entry.at, request.id, entry.action, actor, entry.note] });
    }
  }
  entries.sort((a, b) => a.at.localeCompare(b.at));
  return sheetOf(
    context,
    'audit',
    [
      { key: 'at', kind: 'datetime' },
      { key: 'request', kind: 'text' },
      { key: 'action', kind: 'text' },
      { key: 'actor', kind: 'text' },
      { key: 'note', kind: 'text' },
    ],
    entries.map((entry) => entry.row),
  );
}
