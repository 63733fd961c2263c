import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appUpdate } from './features/app-update';
import { setupI18n } from './i18n/i18n';
import { platform } from './platform';
import './ui/app.css';

async function boot() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const { locale } = await platform.appInfo();
  await setupI18n(locale);
  appUpdate.register();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
