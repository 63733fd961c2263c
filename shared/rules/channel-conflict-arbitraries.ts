import fc from 'fast-check';

/**
 * fast-check generators of end-customer names for the key's properties (this folder) and for
 * the test that the SQL key agrees with the TypeScript one (test/integration).
 */

/** Legal forms as partners write them, in the markets this product sells in. */
export const legalFormSpellings = [
  'S.A.',
  'S. A.',
  'SA',
  'S/A',
  'S.A. de C.V.',
  'SA de CV',
  'S. de R.L. de C.V.',
  'S.A.P.I. de C.V.',
  'S.R.L.',
  'S.L.U.',
  'SpA',
  'S.p.A.',
  'S.A.S.',
  'Ltda.',
  'Cía. Ltda.',
  'y Cía.',
  'e Cia. Ltda.',
  'Lda',
  'Unipessoal Lda.',
  'EIRELI',
  'GmbH',
  'GmbH & Co. KG',
  'AG',
  'UG (haftungsbeschränkt)',
  'e.K.',
  'Inc.',
  'LLC',
  'L.L.C.',
  'Ltd',
  'Limited',
  'Pty Ltd',
  'Co., Ltd.',
  'Corp.',
  'Corporation',
  'plc',
  '& Co.',
  'SARL',
  'B.V.',
] as const;

/** Words of customer names, with the accents, ñ, ç, ß, ø, æ, œ and ł the markets use. */
const vocabulary = [
  'Telefónica',
  'Compañía',
  'Peña',
  'Núñez',
  'Açores',
  'Conceição',
  'São',
  'João',
  'Straße',
  'Müller',
  'Brücke',
  'Größer',
  'Caffè',
  'Città',
  'Società',
  'Øresund',
  'Ærø',
  'Œuvre',
  'Łódź',
  'Ñandú',
  'Logística',
  'Minera',
  'Andina',
  'Grupo',
  'Sade',
  'Telecom',
  'Soluções',
  'Indústria',
  'Northwind',
  'Traders',
];

const letters = Array.from('abcdefghijklmnopqrstuvwxyzáéíóúàèìòùâêôãõäëïöüñçßøæœł');

/** Connectors that belong to a legal form after them ("y Cía.", "& Co."): not name words. */
const connectors = new Set(['and', 'und', 'et']);

const inventedWord = fc
  .array(fc.constantFrom(...letters), { minLength: 2, maxLength: 9 })
  .map((chars) => chars.join(''))
  .filter((word) => !connectors.has(word))
  .chain((word) =>
    fc.constantFrom(word, `${word.charAt(0).toUpperCase()}${word.slice(1)}`, word.toUpperCase()),
  );

/** A name of one to four words (none a single letter), without a legal form. */
export const customerNameArbitrary = fc
  .array(fc.oneof(fc.constantFrom(...vocabulary), inventedWord), { minLength: 1, maxLength: 4 })
  .map((words) => words.join(' '));
