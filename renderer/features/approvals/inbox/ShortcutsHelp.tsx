import { useTranslation } from 'react-i18next';
import { inboxShortcuts } from './shortcuts';

/** The list of the inbox's keyboard shortcuts (? opens it, Escape or the button closes it). */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className="dialog-backdrop"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onKeyDown={(event) => {
          if (event.key === 'Escape' || event.key === '?') onClose();
        }}
      >
        <h2 id="shortcuts-title">{t('approvals.shortcuts.title')}</h2>
        <dl className="shortcuts">
          {inboxShortcuts.map((shortcut) => (
            <div key={shortcut.command} className="shortcuts__row">
              <dt>
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{t(`approvals.shortcuts.${shortcut.command}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t('approvals.shortcuts.notWhileTyping')}</p>
        <div className="dialog__actions">
          <button type="button" className="button" autoFocus onClick={onClose}>
            {t('approvals.shortcuts.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
