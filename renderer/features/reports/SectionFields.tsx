import { useTranslation } from 'react-i18next';
import { reportSections, type ReportSection } from '../../../shared/reports/report-request';

type SectionFieldsProps = {
  sections: ReadonlySet<ReportSection>;
  onSections: (sections: ReadonlySet<ReportSection>) => void;
};

/** Which parts the report holds; every one unless the user leaves some out. */
export function SectionFields({ sections, onSections }: SectionFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="reports__group">
      <legend>{t('reports.sections.legend')}</legend>
      <div className="reports__choices reports__choices--column">
        {reportSections.map((section) => (
          <label key={section}>
            <input
              type="checkbox"
              name="sections"
              value={section}
              checked={sections.has(section)}
              onChange={(event) => {
                const next = new Set(sections);
                if (event.target.checked) next.add(section);
                else next.delete(section);
                onSections(next);
              }}
            />
            {t(`reports.sections.${section}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
