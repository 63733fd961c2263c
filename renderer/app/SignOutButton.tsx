import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CamSession } from './CamContext';

type Asking = { state: 'idle' } | { state: 'sending' } | { state: 'unsent'; count: number };

/**
 * Sign-out never loses a decision or a note silently: the waiting ones are sent first, and any
 * the store has not answered (offline, say) make the CAM choose between staying signed in and
 * discarding exactly that many.
 */
export function SignOutButton({ session }: { session: CamSession }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Asking>({ state: 'idle' });

  const signOut = async (discardUnsent: boolean) => {
    setAsking({ state: 'sending' });
    const result = await session.signOut({ discardUnsent });
    if (result.state === 'unsent') setAsking({ state: 'unsent', count: result.unsentCommands });
  };

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={asking.state === 'sending'}
        onClick={() => void signOut(false)}
      >
        {asking.state === 'sending' ? t('auth.sending') : t('auth.signOut')}
      </button>
      {asking.state === 'unsent' && (
        <div className="dialog-backdrop">
          <div
            className="dialog"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="unsent-title"
            aria-describedby="unsent-body"
          >
            <h2 id="unsent-title">{t('auth.unsentTitle', { count: asking.count })}</h2>
            <p id="unsent-body">{t('auth.unsentBody')}</p>
            <div className="dialog__actions">
              <button
                type="button"
                className="button button--approve"
                autoFocus
                onClick={() => {
                  setAsking({ state: 'idle' });
                }}
              >
                {t('auth.stay')}
              </button>
              <button
                type="button"
                className="button button--reject"
                onClick={() => void signOut(true)}
              >
                {t('auth.discard', { count: asking.count })}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
