import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportState } from './useReportExport';

/** Progress while exporting (with Cancel), then what happened, announced to screen readers. */
export function ExportStatus({ status, onCancel }: { status: ExportState; onCancel: () => void }) {
  const { t } = useTranslation();
  if (status.state === 'exporting') {
    const percent = Math.round(status.done * 100);
    return (
      <div className="reports__progress">
        <div
          className="reports__bar"
          role="progressbar"
          aria-label={t('reports.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent} % · ${t(`reports.stage.${status.stage}`)}`}
        >
          <div className="reports__bar-fill" style={{ width: `${percent}%` }} />
        </div>
        <span className="reports__stage">{t(`reports.stage.${status.stage}`)}</span>
        <button type="button" className="button" onClick={onCancel}>
          {t('reports.cancel')}
        </button>
      </div>
    );
  }
  const message = statusMessage(status, t);
  return (
    <p
      className={`reports__status${status.state === 'failed' ? ' reports__status--failed' : ''}`}
      role="status"
    >
      {message}
    </p>
  );
}

function statusMessage(status: ExportState, t: TFunction): string {
  switch (status.state) {
    case 'idle':
    case 'exporting':
      return '';
    case 'saved':
      return t(status.printed ? 'reports.printed' : 'reports.saved', { name: status.name });
    case 'not-saved':
      return t('reports.notSaved');
    case 'cancelled':
      return t('reports.cancelled');
    case 'failed':
      return t('reports.failed', { message: status.message });
  }
}
