import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionActions, type DecisionAction } from '../../../shared/schema';
import { formatMoney } from '../../../shared/format/money';
import { stillAsked } from '../../../shared/rules/partial-approval';
import { useCamSession } from '../../app/CamContext';
import { approvedAmountFrom, mayApproveInPart } from './approved-amount';
import { decisionsBeingRecorded } from './decisions-being-recorded';
import { needsReason, recordDecision, type DecisionTarget } from './record-decision';

/** What the inbox's shortcuts may do with the controls of the selected request. */
export type DecisionControlsHandle = {
  /** Decides as the button would; an action that needs a reason without one focuses the box. */
  decide: (action: DecisionAction) => void;
  focusReason: () => void;
};

type DecisionControlsProps = {
  request: DecisionTarget;
  ref?: Ref<DecisionControlsHandle>;
  /** Called once the decision is in the local outbox. */
  onDecided?: (action: DecisionAction) => void;
};

/**
 * The comment box and the three decisions for one request. Its text is its own state, so a
 * keystroke repaints these controls only. Reject and return stay disabled until there is a
 * reason; the buttons are disabled while a click is being recorded (and recordDecision itself
 * keeps a double click to one decision). Escape leaves the box, so the shortcuts work again.
 */
export function DecisionControls({ request, ref, onDecided }: DecisionControlsProps) {
  const { t, i18n } = useTranslation();
  const session = useCamSession();
  // The inbox shows a decision from the click, so these controls may have been replaced by its
  // badge when a write fails: shown again, they start from that decision's comment and reason.
  const [failed] = useState(() =>
    decisionsBeingRecorded.failureFor(request.id, request.currentStep, session.userId),
  );
  const [comment, setComment] = useState(failed?.comment ?? '');
  const [typedAmount, setTypedAmount] = useState('');
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState(failed?.problem);
  const reasonBox = useRef<HTMLTextAreaElement>(null);

  const decide = (action: DecisionAction) => {
    if (recording) return;
    const amount = action === 'approve' ? approvedAmountFrom(typedAmount, request) : null;
    if (amount === 'invalid') {
      setProblem(t('approvals.amountInvalid'));
      return;
    }
    setRecording(true);
    setProblem(undefined);
    recordDecision(session.database, {
      request,
      action,
      comment,
      amount,
      userId: session.userId,
      deviceId: session.deviceId,
    })
      .then(() => onDecided?.(action))
      .catch((error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        setRecording(false);
      });
  };
  useImperativeHandle(ref, () => ({
    decide: (action) => {
      if (needsReason(action, comment)) reasonBox.current?.focus();
      else decide(action);
    },
    focusReason: () => reasonBox.current?.focus(),
  }));
  const reasonMissing = comment.trim() === '';
  const asked = mayApproveInPart(request) ? stillAsked(request) : null;

  return (
    <div className="approval__actions">
      <textarea
        ref={reasonBox}
        className="approval__reason"
        aria-label={t('approvals.comment')}
        placeholder={t('approvals.reason')}
        value={comment}
        maxLength={4000}
        rows={2}
        onChange={(event) => {
          setComment(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
      />
      {asked && (
        <label className="approval__amount">
          {t('approvals.approvedAmount', { currency: asked.currency })}
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            maxLength={20}
            placeholder={formatMoney(asked, i18n.language)}
            aria-describedby={`approved-amount-hint-${request.id}`}
            value={typedAmount}
            onChange={(event) => {
              setTypedAmount(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') event.currentTarget.blur();
            }}
          />
          <span id={`approved-amount-hint-${request.id}`} className="approval__amount-hint">
            {t('approvals.approvedAmountHint', { asked: formatMoney(asked, i18n.language) })}
          </span>
        </label>
      )}
      <div className="approval__buttons">
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
      </div>
      {reasonMissing && <span className="visually-hidden">{t('approvals.reasonRequired')}</span>}
      {problem && (
        <span className="approval__hint" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
