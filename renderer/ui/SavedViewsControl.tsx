import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableViewState } from './useTableView';

/** Choose, save under a name, or delete a saved view of a table. */
export function SavedViewsControl({ state }: { state: TableViewState }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const chosen = state.currentName;
  return (
    <div className="table-views">
      <label className="table-toolbar__field">
        <span>{t('table.views')}</span>
        <select
          value={chosen ?? ''}
          onChange={(event) => {
            if (event.target.value) state.apply(event.target.value);
          }}
        >
          <option value="">
            {state.savedViews.length > 0 ? t('table.chooseView') : t('table.noViews')}
          </option>
          {state.savedViews.map((saved) => (
            <option key={saved.name} value={saved.name}>
              {saved.name}
            </option>
          ))}
        </select>
      </label>
      {chosen && (
        <button
          type="button"
          className="table-views__button"
          onClick={() => {
            state.remove(chosen);
          }}
        >
          {t('table.deleteView', { name: chosen })}
        </button>
      )}
      <form
        className="table-views__save"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          state.save(trimmed);
          setName('');
        }}
      >
        <input
          value={name}
          maxLength={60}
          placeholder={t('table.viewName')}
          aria-label={t('table.viewName')}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
        <button type="submit" className="table-views__button" disabled={!name.trim()}>
          {t('table.saveView')}
        </button>
      </form>
      <button type="button" className="table-views__button" onClick={state.reset}>
        {t('table.reset')}
      </button>
    </div>
  );
}
