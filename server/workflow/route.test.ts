import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../shared/schema';
import { routeRequest, type RoutingFacts } from './route';
import { standardWorkflowV1 } from './standard-definition';

const facts = (overrides: Partial<RoutingFacts>): RoutingFacts => ({
  type: 'special_pricing',
  amountBaseMinor: 1_000_000,
  discountPercent: 5,
  tier: 'gold',
  region: 'North',
  partnerType: 'reseller',
  pricingInvolved: false,
  ...overrides,
});
const rolesOf = (definition: WorkflowDefinition, overrides: Partial<RoutingFacts>) =>
  routeRequest(definition, facts(overrides)).map((step) => step.role);

describe('routeRequest on the standard workflow, version 1', () => {
  it.each([
    ['within a CAM: 10 %, USD 50,000.00', 10, 5_000_000, ['cam']],
    ['one hundredth of a percent deeper', 10.01, 5_000_000, ['cam', 'regional_manager']],
    ['one cent above a CAM', 10, 5_000_001, ['cam', 'regional_manager']],
    ['at the manager limits: 20 %, USD 250,000', 20, 25_000_000, ['cam', 'regional_manager']],
    ['a cent above the manager', 5, 25_000_001, ['cam', 'regional_manager', 'director']],
    ['21 %, small', 21, 100_000, ['cam', 'regional_manager', 'director']],
    ['31 %, small', 31, 100_000, ['cam', 'regional_manager', 'director', 'finance']],
    [
      '5 %, above USD 1,000,000',
      5,
      100_000_001,
      ['cam', 'regional_manager', 'director', 'finance'],
    ],
  ])('special pricing %s goes to %j', (_case, discountPercent, amountBaseMinor, roles) => {
    expect(rolesOf(standardWorkflowV1, { discountPercent, amountBaseMinor })).toEqual(roles);
  });

  it.each([
    ['registered', 2_500_000, false, ['cam']],
    ['registered', 2_500_001, false, ['cam', 'regional_manager']],
    ['platinum', 25_000_000, false, ['cam']],
    ['platinum', 30_000_000, true, ['cam', 'regional_manager', 'deal_desk']],
    ['gold', 1_000_000, true, ['cam', 'deal_desk']],
  ] as const)(
    'a %s deal registration of %i cents (pricing involved: %s) goes to %j',
    (tier, amountBaseMinor, pricingInvolved, roles) => {
      expect(
        rolesOf(standardWorkflowV1, {
          type: 'deal_registration',
          tier,
          amountBaseMinor,
          pricingInvolved,
          discountPercent: null,
        }),
      ).toEqual(roles);
    },
  );

  it('never includes a step by an amount or discount the request does not have', () => {
    expect(rolesOf(standardWorkflowV1, { type: 'mdf_preapproval', amountBaseMinor: null })).toEqual(
      ['cam'],
    );
    expect(rolesOf(standardWorkflowV1, { amountBaseMinor: null, discountPercent: null })).toEqual([
      'cam',
    ]);
  });

  it('gives each step its SLA', () => {
    expect(routeRequest(standardWorkflowV1, facts({ type: 'mdf_claim' }))).toEqual([
      { role: 'cam', slaHours: 72 },
      { role: 'finance', slaHours: 72 },
    ]);
  });
});

describe('routing conditions', () => {
  const regional: WorkflowDefinition = {
    ...standardWorkflowV1,
    requestTypes: [
      {
        type: 'partner_onboarding',
        checksAuthority: false,
        steps: [
          { role: 'cam', slaHours: 72, when: [] },
          {
            role: 'director',
            slaHours: 24,
            when: [
              { regionIn: ['LATAM'], partnerTypeIn: ['distributor'] },
              { tierNotIn: ['registered', 'silver'] },
            ],
          },
        ],
      },
    ],
  };
  it.each([
    [
      'a LATAM distributor',
      { region: 'LATAM', partnerType: 'distributor', tier: 'registered' },
      true,
    ],
    ['a LATAM reseller', { region: 'LATAM', partnerType: 'reseller', tier: 'registered' }, false],
    ['a North distributor', { region: 'North', partnerType: 'distributor', tier: 'silver' }, false],
    ['a gold partner anywhere', { region: 'North', partnerType: 'msp', tier: 'gold' }, true],
  ] as const)('%s needs the director: %s', (_case, partner, director) => {
    expect(rolesOf(regional, { type: 'partner_onboarding', ...partner })).toEqual(
      director ? ['cam', 'director'] : ['cam'],
    );
  });

  it('refuses a request type the definition has no chain for, naming it', () => {
    expect(() => routeRequest(regional, facts({ type: 'mdf_claim' }))).toThrow(
      /workflow-standard version 1 has no chain for mdf_claim/,
    );
  });
});
