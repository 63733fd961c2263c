import { describe, expect, it } from 'vitest';
import { payeeKey, payeeLabel, spiffPayeeOf, type PayeeProblems } from './spiff-payee';

describe('payeeKey', () => {
  it.each([
    ['ana.ruiz@partner.example', 'ana.ruiz@partner.example'],
    ['Ana.Ruiz@Partner.EXAMPLE', 'ana.ruiz@partner.example'],
    ['  ana.ruiz@partner.example\t\n', 'ana.ruiz@partner.example'],
  ])('knows %j as %j', (email, key) => {
    expect(payeeKey({ email })).toBe(key);
  });
});

describe('spiffPayeeOf', () => {
  it.each([
    [
      'a rep as given',
      { name: 'Ana Ruiz', email: 'ana.ruiz@partner.example' },
      { name: 'Ana Ruiz', email: 'ana.ruiz@partner.example' },
    ],
    [
      'the name trimmed, its spaces made one',
      { name: '  Ana \t Ruiz\n', email: 'ana.ruiz@partner.example' },
      { name: 'Ana Ruiz', email: 'ana.ruiz@partner.example' },
    ],
    [
      'the email trimmed in lower case',
      { name: 'José Núñez', email: ' Jose.Nunez+spiff@Partner.Example ' },
      { name: 'José Núñez', email: 'jose.nunez+spiff@partner.example' },
    ],
  ])('keeps %s', (_case, submitted, kept) => {
    expect(spiffPayeeOf(submitted)).toEqual({ payee: kept });
  });

  const email = 'ana.ruiz@partner.example';
  const badEmails = [
    'ana',
    'ana@',
    '@partner.example',
    'ana@partner',
    'ana ruiz@partner.example',
    'ana@partner..example',
    'ana@-partner.example',
    'añа@partner.example',
    '<script>@partner.example',
    'ana@partner.example\u0000',
    `${'a'.repeat(250)}@x.io`,
  ];
  type Expected = Partial<Record<keyof PayeeProblems, RegExp>>;
  it.each<[string, { name: string; email: string }, Expected]>([
    ['an empty name', { name: ' \t ', email }, { name: /empty/ }],
    ['a control character', { name: 'Ana\u0007Ruiz', email }, { name: /control/ }],
    ['a name too long', { name: 'A'.repeat(201), email }, { name: /200/ }],
    ...badEmails.map((bad): [string, { name: string; email: string }, Expected] => [
      `the email ${JSON.stringify(bad)}`,
      { name: 'Ana Ruiz', email: bad },
      { email: /email address/ },
    ]),
    ['both', { name: '', email: 'nobody' }, { name: /empty/, email: /email address/ }],
  ])('refuses %s', (_case, submitted, expected) => {
    const { payee, problems } = spiffPayeeOf(submitted);
    expect(payee).toBeUndefined();
    expect(Object.keys(problems ?? {}).sort()).toEqual(Object.keys(expected).sort());
    if (expected.name) expect(problems?.name).toMatch(expected.name);
    if (expected.email) expect(problems?.email).toMatch(expected.email);
  });
});

describe('payeeLabel', () => {
  it('names the rep with their address', () => {
    expect(payeeLabel({ name: 'Ana Ruiz', email: 'ana@partner.example' })).toBe(
      'Ana Ruiz <ana@partner.example>',
    );
  });
});
