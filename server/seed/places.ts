import { currencyDigits } from '../../shared/format/money';

/** The language a country's company and person names are drawn in. */
export type NameLanguage = 'en' | 'es' | 'pt';

export type Country = {
  code: string;
  name: string;
  currency: string;
  language: NameLanguage;
  /** Top-level domain companies there commonly use. */
  tld: string;
  phonePrefix: string;
  cities: readonly string[];
  /** Legal forms, as written after a company's name. */
  legalForms: readonly string[];
};

export const countries = {
  US: {
    code: 'US',
    name: 'United States',
    currency: 'USD',
    language: 'en',
    tld: 'com',
    phonePrefix: '+1',
    cities: [
      'San Francisco',
      'Seattle',
      'Los Angeles',
      'San Diego',
      'Portland',
      'Denver',
      'Phoenix',
      'Salt Lake City',
      'Las Vegas',
      'Sacramento',
    ],
    legalForms: ['Inc.', 'LLC', 'Corp.'],
  },
  CA: {
    code: 'CA',
    name: 'Canada',
    currency: 'CAD',
    language: 'en',
    tld: 'ca',
    phonePrefix: '+1',
    cities: ['Vancouver', 'Calgary', 'Edmonton', 'Victoria', 'Kelowna'],
    legalForms: ['Inc.', 'Ltd.'],
  },
  GB: {
    code: 'GB',
    name: 'United Kingdom',
    currency: 'GBP',
    language: 'en',
    tld: 'co.uk',
    phonePrefix: '+44',
    cities: ['London', 'Manchester', 'Edinburgh', 'Bristol'],
    legalForms: ['Ltd', 'plc'],
  },
  ES: {
    code: 'ES',
    name: 'España',
    currency: 'EUR',
    language: 'es',
    tld: 'es',
    phonePrefix: '+34',
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Málaga', 'Zaragoza'],
    legalForms: ['S.L.', 'S.A.'],
  },
  PT: {
    code: 'PT',
    name: 'Portugal',
    currency: 'EUR',
    language: 'pt',
    tld: 'pt',
    phonePrefix: '+351',
    cities: ['Lisboa', 'Porto', 'Braga', 'Coimbra'],
    legalForms: ['Lda.', 'S.A.'],
  },
  MX: {
    code: 'MX',
    name: 'México',
    currency: 'MXN',
    language: 'es',
    tld: 'com.mx',
    phonePrefix: '+52',
    cities: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Querétaro', 'Tijuana'],
    legalForms: ['S.A. de C.V.', 'S. de R.L. de C.V.'],
  },
  BR: {
    code: 'BR',
    name: 'Brasil',
    currency: 'BRL',
    language: 'pt',
    tld: 'com.br',
    phonePrefix: '+55',
    cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Porto Alegre'],
    legalForms: ['Ltda.', 'S.A.'],
  },
  AR: {
    code: 'AR',
    name: 'Argentina',
    currency: 'ARS',
    language: 'es',
    tld: 'com.ar',
    phonePrefix: '+54',
    cities: ['Buenos Aires', 'Córdoba', 'Rosario', 'Mendoza'],
    legalForms: ['S.A.', 'S.R.L.'],
  },
  CO: {
    code: 'CO',
    name: 'Colombia',
    currency: 'COP',
    language: 'es',
    tld: 'com.co',
    phonePrefix: '+57',
    cities: ['Bogotá', 'Medellín', 'Cali', 'Barranquilla'],
    legalForms: ['S.A.S.', 'S.A.'],
  },
  CL: {
    code: 'CL',
    name: 'Chile',
    currency: 'CLP',
    language: 'es',
    tld: 'cl',
    phonePrefix: '+56',
    cities: ['Santiago', 'Valparaíso', 'Concepción', 'Antofagasta'],
    legalForms: ['SpA', 'Ltda.'],
  },
} as const satisfies Record<string, Country>;

export type CountryCode = keyof typeof countries;

/** The currencies the demo data is priced in: those of its countries, written there once. */
export type DemoCurrency = (typeof countries)[CountryCode]['currency'];

/**
 * Rough units of each currency per US dollar, only so amounts look plausible everywhere and
 * routing thresholds (set in USD) can be compared across currencies. Exactly one rate per
 * demo currency (`satisfies` below): a country added without its rate does not compile.
 */
export const unitsPerUsd: Readonly<Record<string, number>> = {
  USD: 1,
  CAD: 1.37,
  GBP: 0.79,
  EUR: 0.92,
  MXN: 18.5,
  BRL: 5.4,
  ARS: 1000,
  COP: 4000,
  CLP: 950,
} satisfies Record<DemoCurrency, number>;

const digitsByCurrency = new Map<string, number>();

/** currencyDigits, remembered: Intl is slow to ask a hundred thousand times. */
export function digitsOf(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = currencyDigits(currency);
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

function rateOf(currency: string): number {
  const rate = unitsPerUsd[currency];
  if (rate === undefined) throw new Error(`No demo exchange rate for ${currency}`);
  return rate;
}

/** Minor units of `currency` worth `usd` dollars. */
export function minorFromUsd(usd: number, currency: string): number {
  return Math.round(usd * rateOf(currency) * 10 ** digitsOf(currency));
}

/** Whole units of `currency` worth `usd` dollars, as minor units: prices read as round figures. */
export function roundPriceFromUsd(usd: number, currency: string): number {
  return Math.max(1, Math.round(usd * rateOf(currency))) * 10 ** digitsOf(currency);
}

/** What an amount in minor units is worth in US dollars. */
export function usdFromMinor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** digitsOf(currency) / rateOf(currency);
}

/** Converts minor units between currencies at the demo rates. */
export function convertMinor(amountMinor: number, from: string, to: string): number {
  if (from === to) return amountMinor;
  return minorFromUsd(usdFromMinor(amountMinor, from), to);
}

export function countryOf(code: string): Country {
  const country = (countries as Readonly<Record<string, Country>>)[code];
  if (!country) throw new Error(`Unknown demo country ${code}`);
  return country;
}
