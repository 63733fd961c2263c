import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format/time';
import type { Decision, Request, User } from '../../../../shared/schema';
import { platform } from '../../../platform';
import { auditCsv, auditTrail, type AuditEntry, type AuditLabels } from './audit-trail';
import { csvBytes } from './csv';

type AuditTrailPanelProps = {
  request: Pick<Request, 'id' | 'history'>;
  decisions: readonly Decision[];
  users: ReadonlyMap<string, User>;
};

const columns = [
  'request',
  'at',
  'action',
  'step',
  'who',
  'device',
  'outcome',
  'reason',
  'recordedAt',
  'comment',
  'decision',
] as const;

/**
 * Every decision attempt on the request (with its outcome, who, when, from which device) and
 * every event of its history, and its export as CSV through the host (a save dialog on the
 * desktop, a download in a browser).
 */
export function AuditTrailPanel({ request, decisions, users }: AuditTrailPanelProps) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<'saved' | 'cancelled' | 'failed' | null>(null);
  const entries = auditTrail(request, decisions);
  const person = (id: string | null) =>
    id === null ? t('requestDetail.audit.partnerOrSystem') : (users.get(id)?.name ?? id);
  const outcome = (value: NonNullable<AuditEntry['outcome']>) =>
    t(`requestDetail.audit.outcome.${value}`);
  const exportCsv = () => {
    const labels: AuditLabels = {
      header: columns.map((column) => t(`requestDetail.audit.column.${column}`)),
      action: (action) => t(`approvals.inbox.event.${action}`),
      outcome,
      person,
    };
    const bytes = csvBytes(auditCsv(request.id, entries, labels));
    setSaved(null);
    platform
      .saveFile({ suggestedName: `audit-${request.id}.csv`, mediaType: 'text/csv', bytes })
      .then((result) => {
        setSaved(result.saved ? 'saved' : 'cancelled');
      })
      .catch(() => {
        setSaved('failed');
      });
  };
  return (
    <section className="detail-section" aria-label={t('requestDetail.audit.title')}>
      <div className="detail-section__header">
        <h4>{t('requestDetail.audit.title')}</h4>
        <button type="button" className="button" onClick={exportCsv}>
          {t('requestDetail.audit.export')}
        </button>
      </div>
      {saved && (
        <p className="muted" role="status">
          {t(`requestDetail.audit.${saved}`)}
        </p>
      )}
      <table className="detail-audit">
        <thead>
          <tr>
            <th scope="col">{t('requestDetail.audit.column.at')}</th>
            <th scope="col">{t('requestDetail.audit.column.action')}</th>
            <th scope="col">{t('requestDetail.audit.column.who')}</th>
            <th scope="col">{t('requestDetail.audit.column.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, position) => (
            <tr key={entry.decisionId ?? `${entry.at}-${position}`}>
              <td>{formatDateTime(entry.at, i18n.language)}</td>
              <td>
                {t(`approvals.inbox.event.${entry.action}`)}
                {entry.stepIndex !== null &&
                  ` · ${t('requestDetail.audit.stepNumber', { step: entry.stepIndex + 1 })}`}
                {entry.comment && <span className="muted"> · {entry.comment}</span>}
              </td>
              <td>
                {person(entry.actorId)}
                {entry.deviceId && <span className="muted"> · {entry.deviceId}</span>}
              </td>
              <td>
                {entry.outcome === null ? '' : outcome(entry.outcome)}
                {entry.outcomeReason && <span className="muted"> · {entry.outcomeReason}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
