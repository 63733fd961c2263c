import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageKeys } from '../../app/storage-keys';

type Theme = 'light' | 'dark';

function savedTheme(): Theme | null {
  const saved = localStorage.getItem(storageKeys.theme);
  return saved === 'light' || saved === 'dark' ? saved : null;
}

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Light or dark: the system's preference (CSS `prefers-color-scheme`) until the user picks one
 * here; the choice is kept on this device and set as `data-theme` on the document.
 */
export function ThemeToggle() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(() => savedTheme() ?? systemTheme());
  useEffect(() => {
    if (savedTheme()) document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        localStorage.setItem(storageKeys.theme, next);
        document.documentElement.dataset['theme'] = next;
        setTheme(next);
      }}
    >
      {t(theme === 'dark' ? 'theme.useLight' : 'theme.useDark')}
    </button>
  );
}
