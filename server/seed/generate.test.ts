import { createHash } from 'node:crypto';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { NOT_DUE } from '../../shared/rules/request-status';
import { replicatedCollections, type Request } from '../../shared/schema';
import { generateDataset, type Dataset } from './generate';
import { findIntegrityProblems } from './integrity';
import { usdFromMinor } from './places';
import { scales, type ScaleName } from './scales';
import { demoUsers } from './staff';

const now = new Date('2026-11-24T00:00:00.000Z');
const DAY = 86_400_000;
const generated = new Map<ScaleName, Dataset>();

/** Each scale generated once for the whole file: territory takes about half a second. */
function dataset(scale: ScaleName): Dataset {
  let found = generated.get(scale);
  if (!found) {
    found = generateDataset({ scale, seed: 42, now });
    generated.set(scale, found);
  }
  return found;
}

function fingerprint(data: Dataset): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

const isOpen = (request: Request) => request.dueAt !== NOT_DUE;

describe('generateDataset', () => {
  it('gives the same documents for the same scale, seed and day, and others for another seed', () => {
    const again = generateDataset({ scale: 'demo', seed: 42, now: new Date(now) });
    expect(fingerprint(again)).toBe(fingerprint(dataset('demo')));
    expect(fingerprint(generateDataset({ scale: 'demo', seed: 43, now }))).not.toBe(
      fingerprint(again),
    );
    const nextDay = generateDataset({
      scale: 'demo',
      seed: 42,
      now: new Date(now.getTime() + DAY),
    });
    expect(fingerprint(nextDay)).not.toBe(fingerprint(again));
  });

  it.each(['demo', 'territory'] as const)(
    '%s: every document matches its collection schema',
    (scale) => {
      for (const collection of replicatedCollections) {
        const validator = Compile(collection.schema);
        const documents: readonly unknown[] = dataset(scale)[collection.name];
        const invalid = documents.find((document) => !validator.Check(document));
        expect(invalid && validator.Errors(invalid), collection.name).toBeUndefined();
      }
    },
  );

  it.each(['demo', 'territory'] as const)(
    '%s: references resolve and requests follow their workflow and routing',
    (scale) => {
      expect(findIntegrityProblems(dataset(scale))).toEqual([]);
    },
  );

  it.each(['demo', 'territory'] as const)('%s: holds the counts its scale promises', (scale) => {
    const data = dataset(scale);
    const definition = scales[scale];
    expect(data.partners).toHaveLength(definition.partners);
    expect(data.contacts).toHaveLength(definition.contacts);
    expect(data.deals).toHaveLength(definition.deals);
    expect(data.requests.filter(isOpen)).toHaveLength(definition.openRequests);
    expect(data.performance).toHaveLength(definition.partners * definition.performanceYears);
    expect(data.activities).toHaveLength(definition.activities);
    expect(data.territories.map((territory) => territory.id)).toEqual(definition.territoryIds);
  });
});

describe('the demo data set', () => {
  const data = dataset('demo');

  it('has two territories covered by the stable demo staff', () => {
    expect(data.territories.map(({ id, name }) => [id, name])).toEqual([
      ['territory-na-west', 'North America West'],
      ['territory-iberia-latam', 'Iberia & Latin America'],
    ]);
    expect(data.users.map(({ id, email, role }) => ({ id, email, role }))).toEqual(
      demoUsers.map(({ id, email, role }) => ({ id, email, role })),
    );
    expect(demoUsers.find((user) => user.id === 'user-cam-ana')?.email).toBe(
      'ana.garcia@camdesk.example',
    );
    const roles = data.users.map((user) => user.role);
    expect(roles.filter((role) => role === 'cam')).toHaveLength(4);
    expect(roles.filter((role) => role === 'regional_manager')).toHaveLength(2);
    expect(
      roles.filter((role) => role === 'director' || role === 'finance' || role === 'deal_desk'),
    ).toHaveLength(3);
  });

  it('names partners like real companies, in Spanish where Spanish is spoken', () => {
    const countries = new Set(data.partners.map((partner) => partner.country));
    for (const country of ['US', 'CA', 'ES', 'MX', 'AR', 'CO', 'CL'])
      expect(countries).toContain(country);
    expect(data.partners.every((partner) => !/partner \d/i.test(partner.name))).toBe(true);
    const spanish = data.partners.filter((partner) =>
      ['ES', 'MX', 'AR', 'CO', 'CL'].includes(partner.country),
    );
    const spanishWords =
      /Soluciones|Sistemas|Tecnologías|Informática|Integración|Grupo|Distribu|Mayorista|Servicios|Redes|Consultor|Asesores|Cloud|Networks/;
    expect(spanish.filter((partner) => spanishWords.test(partner.name)).length).toBeGreaterThan(
      spanish.length * 0.8,
    );
  });

  it('skews tiers and revenue: many registered and silver, few platinum carrying much of it', () => {
    const tiers = data.partners.map((partner) => partner.tier);
    const count = (tier: string) => tiers.filter((value) => value === tier).length;
    expect(count('registered') + count('silver')).toBeGreaterThan(data.partners.length / 2);
    expect(count('platinum')).toBeLessThan(count('gold') + 1);
    const revenue = data.partners
      .map((partner) => usdFromMinor(partner.revenueYtd.amountMinor, partner.revenueYtd.currency))
      .sort((a, b) => b - a);
    const total = revenue.reduce((sum, value) => sum + value, 0);
    const topFifth = revenue.slice(0, revenue.length / 5).reduce((sum, value) => sum + value, 0);
    expect(topFifth / total).toBeGreaterThan(0.5);
  });

  it('prices in the currencies of the partners and their customers, whole units where there are no cents', () => {
    const currencies = new Set(data.deals.map((deal) => deal.amount.currency));
    for (const currency of ['USD', 'CAD', 'EUR', 'MXN', 'ARS', 'COP', 'CLP', 'BRL', 'GBP']) {
      expect(currencies).toContain(currency);
    }
    const byCountry = {
      US: 'USD',
      CA: 'CAD',
      ES: 'EUR',
      MX: 'MXN',
      AR: 'ARS',
      CO: 'COP',
      CL: 'CLP',
    } as Record<string, string>;
    for (const partner of data.partners) {
      if (byCountry[partner.country])
        expect(partner.revenueYtd.currency).toBe(byCountry[partner.country]);
    }
    // Pesos have no minor unit: a price is a count of pesos, where dollars count cents.
    const [product] = data.products;
    const priceIn = (country: string) =>
      product?.prices.find((entry) => entry.country === country && entry.tier === 'gold')?.price
        .amountMinor ?? 0;
    expect(priceIn('CL') / priceIn('US')).toBeCloseTo(950 / 100, 0);
    expect(priceIn('CO') / priceIn('US')).toBeCloseTo(4000 / 100, 0);
    expect(priceIn('MX') / priceIn('US')).toBeCloseTo(18.5, 0);
  });

  it('plants what a CAM must act on: conflicts, expiring protection, expiring MDF, overdue requests', () => {
    expect(data.deals.some((deal) => deal.conflictsWith.length > 0)).toBe(true);
    const expiringSoon = data.deals.filter(
      (deal) =>
        deal.registrationStatus === 'approved' &&
        !deal.stage.startsWith('closed') &&
        deal.protectionExpiresAt !== null &&
        Date.parse(deal.protectionExpiresAt) - now.getTime() < 14 * DAY,
    );
    expect(expiringSoon.length).toBeGreaterThan(0);
    expect(
      data.funds.some(
        (fund) =>
          Date.parse(fund.expiresOn) - now.getTime() < 30 * DAY && fund.balance.amountMinor > 0,
      ),
    ).toBe(true);
    const open = data.requests.filter(isOpen);
    expect(new Set(open.map((request) => request.type)).size).toBe(6);
    expect(open.some((request) => Date.parse(request.dueAt) < now.getTime())).toBe(true);
    expect(open.some((request) => Date.parse(request.dueAt) > now.getTime())).toBe(true);
    expect(open.some((request) => request.currentStep > 0)).toBe(true);
  });

  it('carries the organisation detail a CAM looks up', () => {
    expect(data.partners.some((partner) => partner.parentId !== null)).toBe(true);
    for (const partner of data.partners) {
      const done = partner.onboarding.filter((item) => item.doneAt !== null).length;
      if (partner.status === 'active') expect(done).toBe(partner.onboarding.length);
      if (partner.status === 'onboarding') {
        expect(done).toBeGreaterThan(0);
        expect(done).toBeLessThan(partner.onboarding.length);
      }
    }
    const plans = data.partners.flatMap((partner) => partner.businessPlans);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((plan) => plan.quarters.length === 4)).toBe(true);
    expect(
      data.partners.some((partner) => partner.agreements.some((agreement) => agreement.expiresOn)),
    ).toBe(true);
    expect(data.contacts.some((contact) => contact.certifications.length > 0)).toBe(true);
    expect(new Set(data.contacts.map((contact) => contact.role)).size).toBe(5);
  });

  it('holds the authority matrix, the tier program and SPIFF programs', () => {
    const authority = data.programs.find((program) => program.kind === 'discount_authority');
    expect(
      authority?.authority.map(({ role, maxDiscountPercent }) => [role, maxDiscountPercent]),
    ).toEqual([
      ['cam', 10],
      ['regional_manager', 20],
      ['director', 30],
      ['finance', 100],
    ]);
    expect(data.programs.filter((program) => program.kind === 'tier_program')).toHaveLength(1);
    expect(
      data.programs.filter((program) => program.kind === 'spiff').length,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe('the territory data set', () => {
  it('keeps each approved special price on its deal, quoting the authorisation of its history', () => {
    const data = dataset('territory');
    const approved = data.requests.filter(
      (request) => request.type === 'special_pricing' && request.status === 'approved',
    );
    expect(approved.length).toBeGreaterThan(0);
    const deals = new Map(data.deals.map((deal) => [deal.id, deal]));
    for (const request of approved) {
      const granted = deals.get(request.subjectId)?.specialPricing;
      expect(granted).toEqual({
        authorizationId: expect.stringMatching(/^SPA-\d{4}-\d{5}$/) as string,
        requestId: request.id,
        discountPercent: request.discountPercent,
        approvedAt: request.steps.at(-1)?.decidedAt,
      });
      expect(request.history.at(-1)?.note).toContain(granted?.authorizationId);
    }
    const priced = data.deals.filter((deal) => deal.specialPricing !== null);
    expect(priced).toHaveLength(approved.length);
  });

  it('asks every level of the authority matrix for special prices', () => {
    const approvers = dataset('territory')
      .requests.filter((request) => request.type === 'special_pricing' && isOpen(request))
      .map((request) => request.steps.at(-1)?.role);
    expect(new Set(approvers)).toEqual(new Set(['cam', 'regional_manager', 'director', 'finance']));
  });
});
