import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AppUpdateBanner } from '../features/app-update';
import { ThemeToggle } from '../features/dashboard/ThemeToggle';
import { DesktopNotifications } from '../features/notifications';
import { SyncIndicator } from '../features/sync-status';
import { LanguagePicker } from '../ui/LanguagePicker';
import { CamContext, type CamSession } from './CamContext';
import { SignInScreen } from './SignInScreen';
import { SignOutButton } from './SignOutButton';
import { storageKeys } from './storage-keys';
import { useOpenSession } from './useOpenSession';

const pages = ['dashboard', 'approvals', 'partners', 'deals', 'reports'] as const;
type Page = (typeof pages)[number];

/**
 * Each page is its own chunk, loaded when first shown: a reload parses the shell and the page
 * it reopens on, not every page's code (recharts, the tables, the report writers: 1.6 MB as one
 * bundle). The others are fetched once the workspace is idle, so switching never waits on the
 * network, and the service worker and the desktop shell keep them for offline use.
 */
const pageModules: Record<Page, () => Promise<{ default: ComponentType }>> = {
  dashboard: () => import('../features/dashboard').then((m) => ({ default: m.DashboardPage })),
  approvals: () => import('../features/approvals').then((m) => ({ default: m.ApprovalsPage })),
  partners: () => import('../features/partners').then((m) => ({ default: m.PartnersPage })),
  deals: () => import('../features/deals').then((m) => ({ default: m.DealsPage })),
  reports: () => import('../features/reports').then((m) => ({ default: m.ReportsPage })),
};
const pageComponents: Record<Page, ComponentType> = {
  dashboard: lazy(pageModules.dashboard),
  approvals: lazy(pageModules.approvals),
  partners: lazy(pageModules.partners),
  deals: lazy(pageModules.deals),
  reports: lazy(pageModules.reports),
};

/** The other pages' code, fetched when the browser is idle after the first page shows. */
function usePagesPreloaded() {
  useEffect(() => {
    const preload = () => {
      for (const page of pages) void pageModules[page]().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preload, { timeout: 5000 });
      return () => {
        cancelIdleCallback(handle);
      };
    }
    const timer = setTimeout(preload, 1000);
    return () => {
      clearTimeout(timer);
    };
  }, []);
}

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
  usePagesPreloaded();
  const Current = pageComponents[page];
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
        <Suspense fallback={<p className="app-message">{t('app.loading')}</p>}>
          <Current />
        </Suspense>
      </main>
    </div>
  );
}
