import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthScore } from '../../../shared/rules/health-score';
import { drillView, type DrillFigure } from './drill-columns';
import type { PartnerFigures } from '../../../shared/figures/partner-figures';

const PAGE_SIZE = 50;

type DrillDownProps = {
  figure: DrillFigure;
  title: string;
  rows: readonly PartnerFigures[];
  health: ReadonlyMap<string, HealthScore>;
  onClose: () => void;
};

/** The partners behind a figure, each with its share of it, fifty to a page. */
export function DrillDown({ figure, title, rows, health, onClose }: DrillDownProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const view = useMemo(() => drillView(figure, { t, locale, health }), [figure, t, locale, health]);
  const ordered = useMemo(
    () =>
      [...rows].sort(
        (a, b) =>
          view.sortValue(b) - view.sortValue(a) || a.partner.name.localeCompare(b.partner.name),
      ),
    [rows, view],
  );
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(ordered.length / PAGE_SIZE));
  const shown = ordered.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <section className="drill-down" aria-labelledby="drill-down-title">
      <header className="drill-down__header">
        <h2 id="drill-down-title">{t('dashboard.drill.title', { figure: title })}</h2>
        <p className="drill-down__count" data-testid="drill-count">
          {t('dashboard.drill.count', { count: ordered.length })}
        </p>
        <button type="button" onClick={onClose}>
          {t('dashboard.drill.close')}
        </button>
      </header>
      {ordered.length === 0 ? (
        <p className="drill-down__empty">{t('dashboard.drill.empty')}</p>
      ) : (
        <table className="drill-down__table" aria-labelledby="drill-down-title">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.column.partner')}</th>
              <th scope="col">{t('dashboard.column.tier')}</th>
              <th scope="col">{t('dashboard.column.country')}</th>
              {view.columns.map((column) => (
                <th scope="col" key={column.header}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.partner.id} data-partner-id={row.partner.id}>
                <th scope="row">{row.partner.name}</th>
                <td>{t(`partners.tier.${row.partner.tier}`)}</td>
                <td>{row.partner.country}</td>
                {view.columns.map((column) => (
                  <td key={column.header} className="drill-down__figure">
                    {column.text(row)}
                    {column.originals ? (
                      <span className="drill-down__originals">{column.originals(row)}</span>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav className="drill-down__pages" aria-label={t('dashboard.drill.pages')}>
          <button
            type="button"
            disabled={page === 0}
            onClick={() => {
              setPage(page - 1);
            }}
          >
            {t('dashboard.drill.previous')}
          </button>
          <span>{t('dashboard.drill.page', { page: page + 1, pages })}</span>
          <button
            type="button"
            disabled={page + 1 >= pages}
            onClick={() => {
              setPage(page + 1);
            }}
          >
            {t('dashboard.drill.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
