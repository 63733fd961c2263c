import { useTranslation } from 'react-i18next';
import { PartnersPage } from '../features/partners';
import { SyncIndicator } from '../features/sync-status';
import { LanguagePicker } from '../ui/LanguagePicker';
import { CamContext } from './CamContext';
import { useOpenSession } from './useOpenSession';

export function App() {
  const { t } = useTranslation();
  const opening = useOpenSession();

  if (opening.state === 'opening') return <p className="app-message">{t('app.loading')}</p>;
  if (opening.state === 'failed') {
    return (
      <p className="app-message app-message--error" role="alert">
        {t('app.failed', { message: opening.message })}
      </p>
    );
  }
  return (
    <CamContext.Provider value={opening.session}>
      <div className="app">
        <header className="app-header">
          <h1 className="app-title">{t('app.title')}</h1>
          <nav className="app-nav">
            <span className="app-nav__item app-nav__item--active">{t('nav.partners')}</span>
          </nav>
          <div className="app-header__end">
            <SyncIndicator />
            <LanguagePicker />
          </div>
        </header>
        <main className="app-main">
          <PartnersPage />
        </main>
      </div>
    </CamContext.Provider>
  );
}
