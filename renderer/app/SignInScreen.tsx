import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreConnection } from '../../shared/platform/platform';
import { platform } from '../platform';
import { takeNotice, type WipeNotice } from './local-session';

/** Nobody is signed in on this device: sign in to the central store to sync a territory. */
export function SignInScreen({ connection }: { connection: StoreConnection }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  // Read once: the notice is for the moment the wipe is explained, not for every visit.
  const [notice] = useState<WipeNotice | null>(takeNotice);
  const signIn = () => {
    setProblem(undefined);
    platform.auth.signIn(connection.storeUrl).then(
      () => {
        window.location.reload();
      },
      (error: unknown) => {
        setProblem(error instanceof Error ? error.message : String(error));
      },
    );
  };
  return (
    <main className="sign-in">
      <h1>{t('app.title')}</h1>
      {notice && (
        <p className="sign-in__notice" role="alert">
          {notice.discardedDecisions > 0
            ? t('auth.revokedDiscarded', { count: notice.discardedDecisions })
            : t('auth.revoked')}
        </p>
      )}
      <p>{t('auth.intro')}</p>
      <p className="muted">{connection.storeUrl}</p>
      <button type="button" className="button button--approve" onClick={signIn}>
        {t('auth.signIn')}
      </button>
      {problem && (
        <p role="alert" className="app-message--error">
          {t('auth.failed', { message: problem })}
        </p>
      )}
    </main>
  );
}
