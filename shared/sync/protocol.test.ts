import type { Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PartnerSchema, type Decision, type DecisionSchema, type Partner } from '../schema';
import {
  wireDocumentSchema,
  type PullResponse,
  type PushRow,
  type WireDocument,
  type pullResponseSchema,
  type pushBodySchema,
} from './protocol';

type PartnerProperties = typeof PartnerSchema.properties;
type DecisionProperties = typeof DecisionSchema.properties;

describe('the wire types', () => {
  it('are the static types of the wire schemas, both ways (checked by the compiler)', () => {
    type PartnerPage = Static<ReturnType<typeof pullResponseSchema<PartnerProperties>>>;
    expectTypeOf<PartnerPage>().toExtend<PullResponse<Partner>>();
    expectTypeOf<PullResponse<Partner>>().toExtend<PartnerPage>();
    type DecisionWire = Static<ReturnType<typeof wireDocumentSchema<DecisionProperties>>>;
    expectTypeOf<DecisionWire>().toExtend<WireDocument<Decision>>();
    expectTypeOf<WireDocument<Decision>>().toExtend<DecisionWire>();
    type DecisionPush = Static<ReturnType<typeof pushBodySchema<DecisionProperties>>>;
    expectTypeOf<DecisionPush>().toExtend<PushRow<Decision>[]>();
    expectTypeOf<PushRow<Decision>[]>().toExtend<DecisionPush>();
  });

  it('a wire document needs its deletion flag and nothing else', () => {
    const partner: Partner = {
      id: 'partner-1',
      name: 'Northwind Systems',
      type: 'reseller',
      tier: 'gold',
      status: 'active',
      territoryId: 'territory-na-west',
      region: 'North America',
      country: 'US',
      city: 'Seattle',
      parentId: null,
      accountOwnerId: 'user-cam-test',
      locations: [],
      agreements: [],
      onboarding: [],
      businessPlans: [],
      revenueYtd: { amountMinor: 1, currency: 'USD' },
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const _deleted = false;
    const valid = Compile(wireDocumentSchema(PartnerSchema));
    expect(valid.Check({ ...partner, _deleted })).toBe(true);
    expect(valid.Check(partner)).toBe(false);
    expect(valid.Check({ ...partner, _deleted, extra: 1 })).toBe(false);
  });
});
