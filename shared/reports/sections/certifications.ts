import { isCertified } from '../../rules/territory-rollup';
import type { ReportCell, ReportSheet } from '../report';
import { sheetOf, type SectionContext } from './section-context';

/** Per partner: contacts, those holding a valid certification, and the valid certifications. */
export function certificationsSection(context: SectionContext): ReportSheet {
  const counts = new Map<string, { contacts: number; certified: number; valid: number }>();
  for (const partner of context.partners)
    counts.set(partner.id, { contacts: 0, certified: 0, valid: 0 });
  for (const contact of context.sources.contacts) {
    const entry = counts.get(contact.partnerId);
    if (!entry) continue;
    entry.contacts += 1;
    if (isCertified(contact, context.today)) entry.certified += 1;
    entry.valid += contact.certifications.filter(
      (certification) =>
        certification.expiresAt === null || certification.expiresAt > context.today,
    ).length;
  }
  const rows: ReportCell[][] = [...context.partners]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((partner) => {
      const entry = counts.get(partner.id) ?? { contacts: 0, certified: 0, valid: 0 };
      return [partner.name, partner.tier, entry.contacts, entry.certified, entry.valid];
    });
  return sheetOf(
    context,
    'certifications',
    [
      { key: 'partner', kind: 'text' },
      { key: 'tier', kind: 'text' },
      { key: 'contacts', kind: 'integer', total: true },
      { key: 'certifiedContacts', kind: 'integer', total: true },
      { key: 'certifications', kind: 'integer', total: true },
    ],
    rows,
  );
}
