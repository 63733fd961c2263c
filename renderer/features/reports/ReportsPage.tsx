import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  reportFormats,
  reportLanguages,
  reportPeriods,
  reportRequestProblems,
  reportSections,
  type ReportFormat,
  type ReportLanguage,
  type ReportPeriod,
  type ReportRequest,
  type ReportScope,
  type ReportSection,
} from '../../../shared/reports/report-request';
import { useCamSession } from '../../app/CamContext';
import { rateTableOf, reportingCurrencies, useReportingCurrency } from '../dashboard';
import { ExportStatus } from './ExportStatus';
import { ScopeFields, type ScopeChoice } from './ScopeFields';
import { SectionFields } from './SectionFields';
import { useReportChoices, type ReportChoices } from './useReportChoices';
import { useReportExport } from './useReportExport';
import './reports.css';

/** The report builder: what to count, how to show it, and the export with its progress. */
export function ReportsPage() {
  const { t } = useTranslation();
  const choices = useReportChoices();
  return (
    <div className="page reports" data-testid="reports">
      <header className="page__header">
        <h2>{t('reports.title')}</h2>
      </header>
      {choices ? (
        <ReportForm choices={choices} />
      ) : (
        <p className="app-message">{t('reports.loading')}</p>
      )}
    </div>
  );
}

const distinct = (values: readonly string[]) =>
  [...new Set(values)].filter((value) => value !== '').sort((a, b) => a.localeCompare(b));

function ReportForm({ choices }: { choices: ReportChoices }) {
  const { t, i18n } = useTranslation();
  const { identity } = useCamSession();
  const regions = useMemo(
    () => distinct(choices.partners.map((partner) => partner.region)),
    [choices.partners],
  );
  const currencies = useMemo(
    () => reportingCurrencies(rateTableOf(choices.territories)),
    [choices.territories],
  );
  const [dashboardCurrency] = useReportingCurrency(choices.territories);
  const [scope, setScope] = useState<ScopeChoice>({
    kind: 'territories',
    region: '',
    partnerIds: new Set(),
  });
  const [period, setPeriod] = useState<ReportPeriod>('last_12_months');
  const [currency, setCurrency] = useState<string | null>(null);
  const [language, setLanguage] = useState<ReportLanguage>(
    reportLanguages.find((candidate) => i18n.language.startsWith(candidate)) ?? 'en',
  );
  const [sections, setSections] = useState<ReadonlySet<ReportSection>>(new Set(reportSections));
  const [format, setFormat] = useState<ReportFormat>('xlsx');
  const exporting = useReportExport();
  const busy = exporting.status.state === 'exporting';

  const myTerritories =
    identity.territoryIds.length > 0
      ? identity.territoryIds
      : choices.territories.map((territory) => territory.id);
  const reportScope: ReportScope =
    scope.kind === 'territories'
      ? { kind: 'territories', territoryIds: [...myTerritories] }
      : scope.kind === 'region'
        ? { kind: 'region', region: scope.region }
        : { kind: 'partners', partnerIds: [...scope.partnerIds] };
  const request: ReportRequest = {
    scope: reportScope,
    period,
    currency: currency ?? dashboardCurrency,
    language,
    // In the report's own order, whatever order they were ticked in.
    sections: reportSections.filter((section) => sections.has(section)),
    format,
  };
  const requestProblems = reportRequestProblems(request);
  const problem =
    scope.kind === 'partners' && scope.partnerIds.size === 0
      ? t('reports.noPartners')
      : sections.size === 0
        ? t('reports.noSections')
        : requestProblems.length > 0
          ? t('reports.invalid', { problems: requestProblems.join('; ') })
          : null;

  return (
    <form
      className="reports__form"
      aria-label={t('reports.form')}
      onSubmit={(event) => {
        event.preventDefault();
        if (problem === null && !busy) exporting.start(request);
      }}
    >
      <p className="reports__note">{t('reports.offline')}</p>
      <ScopeFields
        scope={scope}
        partners={choices.partners}
        regions={regions}
        onScope={(next) => {
          setScope(
            next.kind === 'region' && next.region === ''
              ? { ...next, region: regions[0] ?? '' }
              : next,
          );
        }}
      />
      <div className="reports__group reports__options">
        <label className="reports__field">
          {t('reports.period')}
          <select
            value={period}
            onChange={(event) => {
              setPeriod(event.target.value as ReportPeriod);
            }}
          >
            {reportPeriods.map((key) => (
              <option key={key} value={key}>
                {t(`dashboard.period.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="reports__field">
          {t('reports.currency')}
          <select
            value={request.currency}
            onChange={(event) => {
              setCurrency(event.target.value);
            }}
          >
            {distinct([...currencies, request.currency]).map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label className="reports__field">
          {t('reports.language')}
          <select
            value={language}
            onChange={(event) => {
              setLanguage(event.target.value as ReportLanguage);
            }}
          >
            {reportLanguages.map((code) => (
              <option key={code} value={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SectionFields sections={sections} onSections={setSections} />
      <fieldset className="reports__group">
        <legend>{t('reports.format.legend')}</legend>
        <div className="reports__choices">
          {reportFormats.map((candidate) => (
            <label key={candidate}>
              <input
                type="radio"
                name="format"
                value={candidate}
                checked={format === candidate}
                onChange={() => {
                  setFormat(candidate);
                }}
              />
              {t(`reports.format.${candidate}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="reports__actions">
        <button type="submit" className="button" disabled={busy || problem !== null}>
          {t('reports.export')}
        </button>
        {problem ? <p className="reports__problem">{problem}</p> : null}
        <ExportStatus status={exporting.status} onCancel={exporting.cancel} />
      </div>
    </form>
  );
}
