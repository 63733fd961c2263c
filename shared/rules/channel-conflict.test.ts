import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  customerDomainKey,
  customerNameKey,
  findChannelConflicts,
  type ConflictCandidate,
  type ConflictSubject,
} from './channel-conflict';
import { distinctNameCases, domainKeyCases, nameKeyCases } from './channel-conflict-cases';
import { customerNameArbitrary, legalFormSpellings } from './channel-conflict-arbitraries';

describe('customerNameKey', () => {
  it.each(nameKeyCases)('%j is %j', (name, key) => {
    expect(customerNameKey(name)).toBe(key);
  });

  it.each(distinctNameCases)('%j is not %j', (a, b) => {
    expect(customerNameKey(a)).not.toBe(customerNameKey(b));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(customerNameArbitrary, fc.string()), (name) => {
        const key = customerNameKey(name);
        expect(customerNameKey(key)).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores case, accents and an added legal form', () => {
    fc.assert(
      fc.property(
        customerNameArbitrary,
        fc.constantFrom(...legalFormSpellings),
        fc.constantFrom(' ', ', ', '  '),
        (name, form, glue) => {
          const key = customerNameKey(name);
          const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
          expect(customerNameKey(name.toUpperCase())).toBe(key);
          expect(customerNameKey(name.toLowerCase())).toBe(key);
          expect(customerNameKey(plain)).toBe(key);
          expect(customerNameKey(`${name}${glue}${form}`)).toBe(key);
          expect(customerNameKey(`${name.toUpperCase()}${glue}${form.toLowerCase()}`)).toBe(key);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('customerDomainKey', () => {
  it.each(domainKeyCases)('%j is %j', (domain, key) => {
    expect(customerDomainKey(domain)).toBe(key);
  });
});

const asOf = new Date('2026-11-24T12:00:00.000Z');
const customer = { name: 'Compañía Minera Andina S.A.', domain: 'mineraandina.cl', country: 'CL' };
const subject: ConflictSubject = {
  id: 'deal-000001',
  partnerId: 'partner-0001',
  endCustomer: customer,
};

function registration(overrides: Partial<Extract<ConflictCandidate, { kind: 'registration' }>>) {
  return {
    kind: 'registration',
    id: 'deal-000002',
    partnerId: 'partner-0002',
    territoryId: 'terr-latam-south',
    endCustomer: customer,
    registrationStatus: 'approved',
    stage: 'proposal',
    protectionExpiresAt: '2027-01-10T00:00:00.000Z',
    ...overrides,
  } as const satisfies ConflictCandidate;
}

describe('findChannelConflicts', () => {
  it.each([
    ['same domain, other name', { name: 'CMA', domain: 'mineraandina.cl' }, ['same_domain']],
    ['same domain, www and case', { name: 'CMA', domain: 'WWW.MineraAndina.cl' }, ['same_domain']],
    [
      'same name key, other domain',
      { name: 'COMPANIA MINERA ANDINA LTDA', domain: 'cmandina.cl' },
      ['same_name'],
    ],
    [
      'both',
      { name: 'Compania Minera Andina SpA', domain: 'mineraandina.cl' },
      ['same_domain', 'same_name'],
    ],
    ['neither', { name: 'Compañía Minera Austral S.A.', domain: 'mineraaustral.cl' }, []],
    [
      'same name in another country',
      { name: 'Compañía Minera Andina S.A.', domain: 'mineraandina.com.ar', country: 'AR' },
      [],
    ],
    [
      'same domain in another country',
      { name: 'Minera Andina Argentina', domain: 'mineraandina.cl', country: 'AR' },
      ['same_domain'],
    ],
  ] as const)('%s: %j', (_, endCustomer, matchedBy) => {
    const candidate = registration({ endCustomer: { ...customer, ...endCustomer } });
    const found = findChannelConflicts(subject, [candidate], asOf);
    expect(found).toEqual(matchedBy.length === 0 ? [] : [{ candidate, matchedBy }]);
  });

  it.each([
    ['approved, protected, open deal', {}, true],
    ['approved, no expiry recorded', { protectionExpiresAt: null }, true],
    ['approved, protection ended', { protectionExpiresAt: '2026-11-24T11:59:59.999Z' }, false],
    [
      'approved, protection ends at the instant',
      { protectionExpiresAt: asOf.toISOString() },
      false,
    ],
    ['approved, deal won', { stage: 'closed_won' }, false],
    ['approved, deal lost', { stage: 'closed_lost' }, false],
    ['submitted', { registrationStatus: 'submitted', protectionExpiresAt: null }, true],
    ['under review', { registrationStatus: 'under_review', protectionExpiresAt: null }, true],
    ['info requested', { registrationStatus: 'info_requested', protectionExpiresAt: null }, true],
    [
      'pending approval',
      { registrationStatus: 'pending_approval', protectionExpiresAt: null },
      true,
    ],
    ['draft', { registrationStatus: 'draft', protectionExpiresAt: null }, false],
    ['rejected', { registrationStatus: 'rejected', protectionExpiresAt: null }, false],
    ['withdrawn', { registrationStatus: 'withdrawn', protectionExpiresAt: null }, false],
    ['expired', { registrationStatus: 'expired' }, false],
  ] as const)('a registration %s claims the customer: %s', (_, overrides, counts) => {
    const found = findChannelConflicts(subject, [registration(overrides)], asOf);
    expect(found.length).toBe(counts ? 1 : 0);
  });

  it('never lists the registration itself or the same partner’s registrations', () => {
    const own = registration({ id: 'deal-000003', partnerId: subject.partnerId });
    const itself = registration({ id: subject.id, partnerId: 'partner-0009' });
    expect(findChannelConflicts(subject, [own, itself], asOf)).toEqual([]);
  });

  it('lists every conflicting record in order, direct opportunities whatever their age', () => {
    const direct = {
      kind: 'direct_opportunity',
      id: '006Dx000001AbcD',
      endCustomer: { name: 'Compania Minera Andina', domain: 'cma-corp.cl', country: 'CL' },
    } as const;
    const other = registration({ id: 'deal-000004', territoryId: 'terr-latam-north' });
    const found = findChannelConflicts(
      subject,
      [registration({ registrationStatus: 'rejected' }), direct, other],
      asOf,
    );
    expect(found.map(({ candidate, matchedBy }) => [candidate.id, matchedBy])).toEqual([
      ['006Dx000001AbcD', ['same_name']],
      ['deal-000004', ['same_domain', 'same_name']],
    ]);
  });

  it('refuses an invalid instant', () => {
    expect(() => findChannelConflicts(subject, [], new Date('nope'))).toThrow(/valid `asOf`/);
  });
});
