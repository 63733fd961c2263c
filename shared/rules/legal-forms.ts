/**
 * Legal forms that end a company's name, written as customerNameKey's normalisation leaves them
 * (lower case, no accents, no dots, punctuation as single spaces): "S. de R.L. de C.V." is
 * "s de rl de cv". One-letter words in a row read as one, so "S.A.", "S. A.", "SA" and "S/A"
 * are all "sa".
 *
 * The same list is in server/migrations/repeatable/customer_keys.sql (customer_name_key); a test
 * compares the two. Left out on purpose, because they end ordinary names too: Brazil's "ME" and
 * "EPP", Scandinavia's "AS", "Group" and "Holding".
 */
export const legalForms = [
  // Spanish (Spain and Latin America)
  'sa',
  'sau',
  'sl',
  'slu',
  'sll',
  'sa de cv',
  'sab de cv',
  'sapi de cv',
  'sapi',
  's de rl',
  's de rl de cv',
  'srl de cv',
  'sc',
  'srl',
  'sas',
  'sac',
  'saa',
  'saic',
  'ltda',
  'limitada',
  'eirl',
  'cia',
  'y cia',
  's en c',
  'sociedad anonima',
  // Portuguese
  'lda',
  'e cia',
  'unipessoal',
  'eireli',
  // Italian
  'spa',
  'srls',
  'snc',
  'sapa',
  'scarl',
  'scrl',
  // German
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ohg',
  'gbr',
  'ug',
  'ug haftungsbeschrankt',
  'ek',
  'ev',
  'se',
  'und co',
  // English
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'and co',
  'plc',
  'pty',
  // French, Dutch, Nordic
  'sarl',
  'sasu',
  'eurl',
  'cie',
  'et cie',
  'bv',
  'nv',
  'ab',
  'oy',
  'oyj',
] as const;
