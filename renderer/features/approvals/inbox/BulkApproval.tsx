import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCamSession } from '../../../app/CamContext';
import { recordApprovals, type DecisionTarget } from '../record-decision';

type BulkApprovalProps = {
  /** The checked requests I may still decide. */
  selection: readonly DecisionTarget[];
  onClear: () => void;
};

/** Approve the checked requests with one confirmation: one decision each, one bulk write. */
export function BulkApproval({ selection, onClear }: BulkApprovalProps) {
  const { t } = useTranslation();
  const session = useCamSession();
  const [confirming, setConfirming] = useState(false);
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState<string>();
  const count = selection.length;

  const approve = () => {
    setRecording(true);
    setProblem(undefined);
    recordApprovals(session.database, {
      requests: selection,
      comment: '',
      userId: session.userId,
      deviceId: session.deviceId,
    })
      .then(() => {
        setConfirming(false);
        onClear();
      })
      .catch((error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        setRecording(false);
      });
  };

  return (
    <div className="inbox-bulk" role="region" aria-label={t('approvals.inbox.selection')}>
      <span>{t('approvals.inbox.selected', { count })}</span>
      <button
        type="button"
        className="button button--approve"
        disabled={count === 0}
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('approvals.inbox.approveSelected', { count })}
      </button>
      <button type="button" className="button" onClick={onClear}>
        {t('approvals.inbox.clearSelection')}
      </button>
      {confirming && (
        <div className="dialog-backdrop">
          <div
            className="dialog"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="bulk-title"
            aria-describedby="bulk-body"
            onKeyDown={(event) => {
              if (event.key === 'Escape') setConfirming(false);
            }}
          >
            <h2 id="bulk-title">{t('approvals.inbox.confirmTitle', { count })}</h2>
            <p id="bulk-body">{t('approvals.inbox.confirmBody', { count })}</p>
            {problem && (
              <p className="approval__hint" role="alert">
                {problem}
              </p>
            )}
            <div className="dialog__actions">
              <button
                type="button"
                className="button button--approve"
                autoFocus
                disabled={recording}
                onClick={approve}
              >
                {t('approvals.inbox.approveSelected', { count })}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setConfirming(false);
                }}
              >
                {t('approvals.inbox.cancel')}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
