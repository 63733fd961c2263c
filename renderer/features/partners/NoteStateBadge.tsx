import { useTranslation } from 'react-i18next';
import type { NoteState } from './note-state';

/** Waiting to sync, saved, or refused and why. */
export function NoteStateBadge({ state }: { state: NoteState }) {
  const { t } = useTranslation();
  const text =
    state.state === 'refused'
      ? t('p360.activity.state.refused', { reason: state.reason })
      : t(`p360.activity.state.${state.state}`);
  return (
    <span className={`note-state note-state--${state.state}`} data-state={state.state}>
      {text}
    </span>
  );
}
