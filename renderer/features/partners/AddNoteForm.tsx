import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../../../shared/rules/note-text';
import type { Partner } from '../../../shared/schema';
import { useCamSession } from '../../app/CamContext';
import { NoteTextError, recordNote } from './record-note';

type Saving = { state: 'idle' } | { state: 'saving' } | { state: 'problem'; message: string };

/**
 * Adds a note to the partner's activity log: saved on this device at once (it appears in the
 * log as waiting to sync) and pushed to the store when online.
 */
export function AddNoteForm({ partner }: { partner: Pick<Partner, 'id' | 'territoryId'> }) {
  const { t } = useTranslation();
  const { database, userId } = useCamSession();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (saving.state === 'saving') return;
    setSaving({ state: 'saving' });
    try {
      await recordNote(database, { partner, text, userId });
      setText('');
      setSaving({ state: 'idle' });
    } catch (error) {
      const message =
        error instanceof NoteTextError
          ? t(`p360.activity.addNote.problem.${error.problem}`, { max: NOTE_MAX_LENGTH })
          : t('p360.activity.addNote.problem.failed', {
              reason: error instanceof Error ? error.message : String(error),
            });
      setSaving({ state: 'problem', message });
    }
  };

  return (
    <form className="p360-add-note" onSubmit={(event) => void save(event)}>
      <label htmlFor="p360-note-text">{t('p360.activity.addNote.label')}</label>
      <textarea
        id="p360-note-text"
        value={text}
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
        aria-describedby="p360-note-hint"
        aria-invalid={saving.state === 'problem'}
        aria-errormessage={saving.state === 'problem' ? 'p360-note-problem' : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (saving.state === 'problem') setSaving({ state: 'idle' });
        }}
      />
      <p id="p360-note-hint" className="p360-add-note__hint">
        {t('p360.activity.addNote.hint')}
      </p>
      {saving.state === 'problem' && (
        <p id="p360-note-problem" className="p360-add-note__problem" role="alert">
          {saving.message}
        </p>
      )}
      <button type="submit" className="button" disabled={saving.state === 'saving'}>
        {saving.state === 'saving'
          ? t('p360.activity.addNote.saving')
          : t('p360.activity.addNote.save')}
      </button>
    </form>
  );
}
