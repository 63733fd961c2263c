import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../shared/schema';
import { PartnerPicker } from './PartnerPicker';

export type ScopeKind = 'territories' | 'region' | 'partners';
const scopeKinds: readonly ScopeKind[] = ['territories', 'region', 'partners'];

export type ScopeChoice = { kind: ScopeKind; region: string; partnerIds: ReadonlySet<string> };

type ScopeFieldsProps = {
  scope: ScopeChoice;
  partners: readonly Partner[];
  regions: readonly string[];
  onScope: (scope: ScopeChoice) => void;
};

/** Whose figures: the user's territories, one region of their partners, or chosen partners. */
export function ScopeFields({ scope, partners, regions, onScope }: ScopeFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="reports__group reports__scope">
      <legend>{t('reports.scope.legend')}</legend>
      <div className="reports__choices">
        {scopeKinds.map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name="scope"
              value={kind}
              checked={scope.kind === kind}
              onChange={() => {
                onScope({ ...scope, kind });
              }}
            />
            {t(`reports.scope.${kind}`)}
          </label>
        ))}
      </div>
      {scope.kind === 'region' ? (
        <label className="reports__field">
          {t('reports.scope.regionLabel')}
          <select
            value={scope.region}
            onChange={(event) => {
              onScope({ ...scope, region: event.target.value });
            }}
          >
            {regions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {scope.kind === 'partners' ? (
        <PartnerPicker
          partners={partners}
          chosen={scope.partnerIds}
          onChosen={(partnerIds) => {
            onScope({ ...scope, partnerIds });
          }}
        />
      ) : null}
    </fieldset>
  );
}
