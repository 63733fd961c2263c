import { useTranslation } from 'react-i18next';
import type { DecisionState } from './decision-state';

/** Waiting, sending, applied, superseded by whom, rejected and why. */
export function DecisionBadge({ state }: { state: DecisionState }) {
  const { t } = useTranslation();
  const text =
    state.state === 'superseded'
      ? t('approvals.state.superseded', { by: state.by ?? t('approvals.someoneElse') })
      : state.state === 'rejected'
        ? t('approvals.state.rejected', { reason: state.reason })
        : t(`approvals.state.${state.state}`);
  return (
    <span className={`decision-badge decision-badge--${state.state}`} data-state={state.state}>
      {text}
    </span>
  );
}
