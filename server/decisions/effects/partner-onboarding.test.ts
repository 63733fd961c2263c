import { describe, expect, it } from 'vitest';
import type { Partner, Program, Request } from '../../../shared/schema';
import { aRequest } from '../../../test/support/scenario';
import { anApplicant, aTierProgram } from '../../../test/support/subjects';
import { partnerOnboardingEffect } from './partner-onboarding';

const application = (status: Request['status']) =>
  aRequest({
    type: 'partner_onboarding',
    partnerId: 'partner-a3',
    subjectId: 'partner-a3',
    amount: null,
    discountPercent: null,
    status,
  });
const without = (...items: string[]) =>
  anApplicant().onboarding.map((entry) =>
    items.includes(entry.item) ? { ...entry, doneAt: null } : entry,
  );

describe('partnerOnboardingEffect', () => {
  it.each<[string, Partner, Program | undefined]>([
    ['a complete gold applicant', anApplicant(), aTierProgram()],
    [
      'a registered applicant without technical training (no certifications required)',
      anApplicant({ tier: 'registered', onboarding: without('technical_training') }),
      aTierProgram(),
    ],
    [
      'a gold applicant without technical training when no tier program is published',
      anApplicant({ onboarding: without('technical_training') }),
      undefined,
    ],
  ])('approves %s into its tier, active', (_case, partner, program) => {
    expect(partnerOnboardingEffect(partner, application('approved'), program)).toEqual({
      partner: { ...partner, status: 'active' },
    });
  });

  it.each<[string, Partner, string]>([
    [
      'the NDA and the technical training missing',
      anApplicant({ onboarding: without('nda_signed', 'technical_training') }),
      'Alpha Three cannot join the gold tier yet: missing the signed NDA, the technical training.',
    ],
    [
      'an empty checklist',
      anApplicant({ onboarding: [] }),
      'Alpha Three cannot join the gold tier yet: missing the signed partner agreement, the signed NDA, the sales training, the technical training.',
    ],
    [
      'the agreement item listed but not done',
      anApplicant({ onboarding: without('agreement_signed') }),
      'Alpha Three cannot join the gold tier yet: missing the signed partner agreement.',
    ],
  ])('refuses an approval with %s, listing it', (_case, partner, reason) => {
    expect(partnerOnboardingEffect(partner, application('approved'), aTierProgram())).toEqual({
      refusal: reason,
    });
  });

  it('marks a declined applicant terminated, whatever its checklist', () => {
    const partner = anApplicant({ onboarding: [] });
    expect(partnerOnboardingEffect(partner, application('rejected'), aTierProgram())).toEqual({
      partner: { ...partner, status: 'terminated' },
    });
  });

  it.each<Request['status']>(['pending_approval', 'info_requested'])(
    'leaves the partner alone when the application is %s',
    (status) => {
      expect(partnerOnboardingEffect(anApplicant(), application(status), aTierProgram())).toBe(
        null,
      );
    },
  );
});
