import type { Activity, Contact, Fund, Request } from '../../shared/schema';
import { apportion, isoAt, sequenceId, type GenerationContext } from './context';
import type { DealPlan } from './generate-deals';
import type { PartnerProfile } from './generate-partners';
import type { NameLanguage } from './places';
import { assigneeFor } from './routing';

type Kind = Activity['kind'];
type SubjectType = Activity['subjectType'];

/** What a CAM writes down, in the language they work with the partner in. */
const notes: Record<Exclude<Kind, 'audit'>, Record<NameLanguage, readonly string[]>> = {
  note: {
    en: [
      'Wants to expand into the public sector.',
      'Prepared the quarterly business review.',
      'New sales lead hired, needs onboarding.',
    ],
    es: [
      'Quiere crecer en el sector público.',
      'Preparada la revisión trimestral de negocio.',
      'Nuevo responsable comercial, necesita formación.',
    ],
    pt: [
      'Quer crescer no setor público.',
      'Revisão trimestral de negócios preparada.',
      'Novo líder comercial, precisa de formação.',
    ],
  },
  call: {
    en: [
      'Call about the pipeline for next quarter.',
      'Follow-up call on the pending registration.',
      'Checked in on the certification plan.',
    ],
    es: [
      'Llamada sobre el pipeline del próximo trimestre.',
      'Seguimiento del registro pendiente.',
      'Revisamos el plan de certificaciones.',
    ],
    pt: [
      'Ligação sobre o pipeline do próximo trimestre.',
      'Acompanhamento do registro pendente.',
      'Revisamos o plano de certificações.',
    ],
  },
  meeting: {
    en: [
      'Joint business plan review with the executive team.',
      'Co-selling workshop with their sales team.',
      'Marketing planning for the next campaign.',
    ],
    es: [
      'Revisión del plan de negocio conjunto con dirección.',
      'Taller de venta conjunta con su equipo comercial.',
      'Planificación de marketing para la próxima campaña.',
    ],
    pt: [
      'Revisão do plano de negócios conjunto com a diretoria.',
      'Workshop de venda conjunta com a equipe comercial.',
      'Planejamento de marketing para a próxima campanha.',
    ],
  },
  email: {
    en: [
      'Sent the updated price list.',
      'Shared the MDF guidelines for this half.',
      'Sent the renewal terms of the agreement.',
    ],
    es: [
      'Enviada la lista de precios actualizada.',
      'Compartidas las normas de MDF de este semestre.',
      'Enviadas las condiciones de renovación del contrato.',
    ],
    pt: [
      'Enviada a lista de preços atualizada.',
      'Compartilhadas as regras de MDF deste semestre.',
      'Enviadas as condições de renovação do contrato.',
    ],
  },
};

const auditNotes: Record<SubjectType, string> = {
  partner: 'Partner record updated from the CRM sync.',
  deal: 'Deal stage changed by the CRM sync.',
  request: 'Request routed by the approval rules.',
  fund: 'Fund balance recalculated.',
  contact: 'Contact training status updated.',
};

/** The last six months of notes, calls, meetings, emails and audit entries per partner. */
export function generateActivities(
  context: GenerationContext,
  profiles: readonly PartnerProfile[],
  related: {
    deals: readonly DealPlan[];
    requests: readonly Request[];
    funds: readonly Fund[];
    contacts: readonly Contact[];
  },
): Activity[] {
  const random = context.random.fork('activities');
  const subjects = new Map<string, Record<SubjectType, string[]>>();
  const subjectsOf = (partnerId: string) => {
    let found = subjects.get(partnerId);
    if (!found) {
      found = { partner: [partnerId], deal: [], request: [], fund: [], contact: [] };
      subjects.set(partnerId, found);
    }
    return found;
  };
  for (const { deal } of related.deals) subjectsOf(deal.partnerId).deal.push(deal.id);
  for (const request of related.requests) subjectsOf(request.partnerId).request.push(request.id);
  for (const fund of related.funds) subjectsOf(fund.partnerId).fund.push(fund.id);
  for (const contact of related.contacts) subjectsOf(contact.partnerId).contact.push(contact.id);

  const counts = apportion(
    context.scale.activities,
    profiles.map(({ weight }) => Math.sqrt(weight)),
  );
  const activities: Activity[] = [];
  profiles.forEach((profile, index) => {
    const { partner } = profile;
    const own = subjectsOf(partner.id);
    for (let number = 0; number < (counts[index] ?? 0); number += 1) {
      const kind = random.weighted<Kind>([
        ['note', 30],
        ['call', 25],
        ['meeting', 15],
        ['email', 20],
        ['audit', 10],
      ]);
      const wanted = random.weighted<SubjectType>([
        ['partner', 45],
        ['deal', 25],
        ['request', 10],
        ['fund', 5],
        ['contact', 15],
      ]);
      const subjectType = own[wanted].length > 0 ? wanted : 'partner';
      // Drawn in the order the fields were always drawn, so the demo stays the same.
      const subjectId = random.pick(own[subjectType]);
      const actorId = kind === 'audit' ? null : assigneeFor('cam', partner, context.users);
      const at = isoAt(context.nowMs - random.int(60, 180 * 24 * 60) * 60_000);
      activities.push({
        id: sequenceId('activity', activities.length + 1, 6),
        partnerId: partner.id,
        territoryId: partner.territoryId,
        kind,
        subjectType,
        subjectId,
        actorId,
        at,
        writtenAt: null,
        text:
          kind === 'audit' ? auditNotes[subjectType] : random.pick(notes[kind][profile.language]),
        outcome: { status: 'accepted', reason: null, recordedAt: at },
        updatedAt: context.updatedAt,
      });
    }
  });
  return activities;
}
