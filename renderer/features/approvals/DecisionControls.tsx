import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionActions, type DecisionAction, type Request } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { needsReason, recordDecision } from './record-decision';

/**
 * The comment box and the three decisions for one request. Its text is its own state, so a
 * keystroke repaints this row only. Reject and return stay disabled until there is a reason;
 * the buttons are disabled while a click is being recorded (and recordDecision itself keeps a
 * double click to one decision).
 */
export function DecisionControls({ request }: { request: Request }) {
  const { t } = useTranslation();
  const session = useCamSession();
  const [comment, setComment] = useState('');
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState<string>();

  const decide = (action: DecisionAction) => {
    if (recording) return;
    setRecording(true);
    setProblem(undefined);
    recordDecision(session.database, {
      request,
      action,
      comment,
      userId: session.userId,
      deviceId: session.deviceId,
    })
      .catch((error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        setRecording(false);
      });
  };
  const reasonMissing = comment.trim() === '';

  return (
    <div className="approval__actions">
      <input
        aria-label={t('approvals.comment')}
        placeholder={t('approvals.reason')}
        value={comment}
        maxLength={4000}
        onChange={(event) => {
          setComment(event.target.value);
        }}
      />
      {decisionActions.map((action) => (
        <button
          key={action}
          type="button"
          className={`button button--${action}`}
          disabled={recording || needsReason(action, comment)}
          title={needsReason(action, comment) ? t('approvals.reasonRequired') : undefined}
          onClick={() => {
            decide(action);
          }}
        >
          {t(`approvals.action.${action}`)}
        </button>
      ))}
      {reasonMissing && <span className="visually-hidden">{t('approvals.reasonRequired')}</span>}
      {problem && (
        <span className="approval__hint" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
