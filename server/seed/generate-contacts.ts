import type { Contact } from '../../shared/schema';
import { apportion, DAY, isoAt, sequenceId, type GenerationContext } from './context';
import type { PartnerProfile } from './generate-partners';
import { personName, slug } from './names';
import { countryOf } from './places';
import type { Random } from './random';

type ContactRole = Contact['role'];

export const trainingModules = {
  sales: ['module-sales-fundamentals', 'Sales Fundamentals'],
  portal: ['module-partner-portal', 'Partner Portal Basics'],
  technical: ['module-technical-essentials', 'Technical Essentials'],
  security: ['module-security-specialist', 'Security Specialist'],
  marketing: ['module-co-marketing', 'Co-marketing and MDF'],
} as const;

type ModuleKey = keyof typeof trainingModules;

const modulesByRole: Record<ContactRole, readonly ModuleKey[]> = {
  executive: ['portal', 'sales'],
  sales: ['sales', 'portal'],
  presales: ['technical', 'security'],
  marketing: ['marketing', 'portal'],
  support: ['technical', 'portal'],
};

/** The certification a completed module leads to, and how often people go on to take it. */
const certificationAfter: Partial<Record<ModuleKey, readonly [name: string, share: number]>> = {
  sales: ['Certified Sales Professional', 0.35],
  technical: ['Certified Security Engineer', 0.6],
  security: ['Certified Security Architect', 0.45],
};

const CERTIFICATION_VALID_DAYS = 2 * 365;

/** People at each partner: an executive first (the primary contact), then mostly sales staff. */
export function generateContacts(context: GenerationContext, profiles: readonly PartnerProfile[]) {
  const random = context.random.fork('contacts');
  const counts = apportion(
    context.scale.contacts,
    profiles.map(
      ({ weight, partner }) => Math.sqrt(weight) * (partner.status === 'prospect' ? 0.3 : 1),
    ),
    1,
  );
  const contacts: Contact[] = [];
  profiles.forEach((profile, partnerIndex) => {
    const emails = new Set<string>();
    for (let index = 0; index < (counts[partnerIndex] ?? 0); index += 1) {
      const role: ContactRole =
        index === 0
          ? 'executive'
          : random.weighted([
              ['sales', 38],
              ['presales', 22],
              ['marketing', 14],
              ['support', 18],
              ['executive', 8],
            ]);
      const { first, last } = personName(random, profile.language);
      const mailbox = `${slug(first)}.${slug(last)}`;
      let email = `${mailbox}@${profile.domain}`;
      for (let number = 2; emails.has(email); number += 1) {
        email = `${mailbox}${number}@${profile.domain}`;
      }
      emails.add(email);
      const learning = learningOf(random, profile, role, context.nowMs);
      contacts.push({
        id: sequenceId('contact', contacts.length + 1, 6),
        partnerId: profile.partner.id,
        territoryId: profile.partner.territoryId,
        name: `${first} ${last}`,
        email,
        phone: phoneNumber(random, profile.partner.country),
        role,
        isPrimary: index === 0,
        ...learning,
        updatedAt: context.updatedAt,
      });
    }
  });
  return contacts;
}

function learningOf(random: Random, profile: PartnerProfile, role: ContactRole, nowMs: number) {
  const { status } = profile.partner;
  if (status === 'prospect') return { trainings: [], certifications: [] };
  const completion = status === 'onboarding' ? 0.4 : 0.85;
  const trainings: Contact['trainings'] = [];
  const certifications: Contact['certifications'] = [];
  for (const key of modulesByRole[role]) {
    const [moduleId, name] = trainingModules[key];
    const completedMs = completionTime(random, profile.joinedMs, nowMs);
    const completed = random.chance(completion);
    trainings.push({ moduleId, name, completedAt: completed ? isoAt(completedMs) : null });
    const certification = certificationAfter[key];
    if (!completed || !certification || !random.chance(certification[1])) continue;
    const earnedMs = completedMs + random.int(3, 60) * DAY;
    if (earnedMs >= nowMs) continue;
    certifications.push({
      name: certification[0],
      earnedAt: isoAt(earnedMs),
      expiresAt: isoAt(earnedMs + CERTIFICATION_VALID_DAYS * DAY),
    });
  }
  return { trainings, certifications };
}

function completionTime(random: Random, joinedMs: number, nowMs: number): number {
  const from = Math.min(joinedMs, nowMs - 2 * DAY);
  return from + Math.floor(random.next() * (nowMs - DAY - from));
}

function phoneNumber(random: Random, countryCode: string): string {
  const digits = () => String(random.int(1000, 9999));
  return `${countryOf(countryCode).phonePrefix} ${random.int(20, 99)} ${digits()} ${digits()}`;
}
