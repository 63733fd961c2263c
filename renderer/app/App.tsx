import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppUpdateBanner } from '../features/app-update';
import { ApprovalsPage } from '../features/approvals';
import { DashboardPage, ThemeToggle } from '../features/dashboard';
import { DealsPage } from '../features/deals';
import { DesktopNotifications } from '../features/notifications';
import { PartnersPage } from '../features/partners';
import { ReportsPage } from '../features/reports';
import { SyncIndicator } from '../features/sync-status';
import { LanguagePicker } from '../ui/LanguagePicker';
import { CamContext, type CamSession } from './CamContext';
import { SignInScreen } from './SignInScreen';
import { SignOutButton } from './SignOutButton';
import { storageKeys } from './storage-keys';
import { useOpenSession } from './useOpenSession';

const pages = ['dashboard', 'approvals', 'partners', 'deals', 'reports'] as const;
type Page = (typeof pages)[number];

/** The page the user last opened on this device, so reopening the app returns to it. */
function lastPage(userId: string): Page {
  const saved = localStorage.getItem(storageKeys.lastPage(userId));
  return pages.find((candidate) => candidate === saved) ?? 'approvals';
}

export function App() {
  const { t } = useTranslation();
  const opening = useOpenSession();

  switch (opening.state) {
    case 'opening':
      return <p className="app-message">{t('app.loading')}</p>;
    case 'failed':
      return (
        <p className="app-message app-message--error" role="alert">
          {t('app.failed', { message: opening.message })}
        </p>
      );
    case 'signed-out':
      return <SignInScreen connection={opening.connection} />;
    case 'open':
      return (
        <CamContext.Provider value={opening.session}>
          <Workspace session={opening.session} />
        </CamContext.Provider>
      );
  }
}

function Workspace({ session }: { session: CamSession }) {
  const { t } = useTranslation();
  const [page, setPage] = useState<Page>(() => lastPage(session.userId));
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <nav className="app-nav">
          {pages.map((candidate) => (
            <button
              key={candidate}
              type="button"
              aria-current={candidate === page ? 'page' : undefined}
              className={`app-nav__item${candidate === page ? ' app-nav__item--active' : ''}`}
              onClick={() => {
                setPage(candidate);
                localStorage.setItem(storageKeys.lastPage(session.userId), candidate);
              }}
            >
              {t(`nav.${candidate}`)}
            </button>
          ))}
        </nav>
        <div className="app-header__end">
          <SyncIndicator />
          <DesktopNotifications />
          <ThemeToggle />
          <LanguagePicker />
          <span className="app-user">
            {session.identity.name}
            <SignOutButton session={session} />
          </span>
        </div>
      </header>
      <AppUpdateBanner />
      <main className="app-main">
        {page === 'dashboard' && <DashboardPage />}
        {page === 'approvals' && <ApprovalsPage />}
        {page === 'partners' && <PartnersPage />}
        {page === 'deals' && <DealsPage />}
        {page === 'reports' && <ReportsPage />}
      </main>
    </div>
  );
}
