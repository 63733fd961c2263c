import { currencyDigits } from '../../shared/format/money';
import type { Partner } from '../../shared/schema';
import type { DocumentStore } from '../sync/document-store';
import { seededRandom, type Random } from './random';

/** Rough rates, only so demo amounts look plausible in each currency. */
const unitsPerUsd = { USD: 1, CAD: 1.4, EUR: 0.92, MXN: 18, ARS: 1000, COP: 4000, CLP: 950 };

type Place = readonly [country: string, city: string, currency: keyof typeof unitsPerUsd];

type DemoTerritory = { id: string; places: readonly Place[] };

const territories: readonly DemoTerritory[] = [
  {
    id: 'territory-na-west',
    places: [
      ['US', 'San Francisco', 'USD'],
      ['US', 'Seattle', 'USD'],
      ['US', 'Denver', 'USD'],
      ['CA', 'Vancouver', 'CAD'],
      ['US', 'Phoenix', 'USD'],
    ],
  },
  {
    id: 'territory-iberia-latam',
    places: [
      ['ES', 'Madrid', 'EUR'],
      ['ES', 'Barcelona', 'EUR'],
      ['MX', 'Ciudad de México', 'MXN'],
      ['AR', 'Buenos Aires', 'ARS'],
      ['CO', 'Bogotá', 'COP'],
      ['CL', 'Santiago', 'CLP'],
    ],
  },
];

const nameStems = [
  'Northwind',
  'Bluepeak',
  'Cascade',
  'Ironbridge',
  'Summit',
  'Redwood',
  'Harbor',
  'Keystone',
  'Silverline',
  'Brightpath',
  'Granite',
  'Lumen',
  'Pinnacle',
  'Meridian',
  'Evergreen',
  'Atlas',
  'Vertex',
  'Cobalt',
  'Horizon',
  'Sierra',
  'Altamira',
  'Iberia',
  'Andes',
  'Solaris',
  'Quetzal',
  'Pampa',
  'Mistral',
  'Olivo',
  'Cumbre',
  'Rioverde',
] as const;
const nameSuffixes = {
  reseller: ['Systems', 'Technologies', 'IT Solutions', 'Computing'],
  distributor: ['Distribution', 'Supply', 'Trade Group'],
  msp: ['Managed Services', 'Cloud Partners', 'Networks'],
  referral: ['Advisors', 'Consulting', 'Partners'],
} as const;

/** About 60 partners over two territories, the same on every run (seeded). */
export function demoPartners(seed = 20261124): Partner[] {
  const random = seededRandom(seed);
  const partners: Partner[] = [];
  for (const stem of nameStems) {
    for (const territory of territories) {
      partners.push(demoPartner(random, stem, territory, partners.length + 1));
    }
  }
  return partners;
}

function demoPartner(
  random: Random,
  stem: string,
  territory: DemoTerritory,
  number: number,
): Partner {
  const type = random.weighted([
    ['reseller', 6],
    ['msp', 3],
    ['distributor', 1],
    ['referral', 2],
  ] as const);
  const tier = random.weighted([
    ['registered', 4],
    ['silver', 3],
    ['gold', 2],
    ['platinum', 1],
  ] as const);
  const [country, city, currency] = random.pick(territory.places);
  // Revenue is heavily skewed: a few partners carry most of it.
  const revenueUsd = Math.round(20_000 * Math.exp(random.next() * 5));
  const revenue = Math.round(revenueUsd * unitsPerUsd[currency] * 10 ** currencyDigits(currency));
  return {
    id: `partner-${String(number).padStart(4, '0')}`,
    name: `${stem} ${random.pick(nameSuffixes[type])}`,
    type,
    tier,
    status: random.weighted([
      ['active', 8],
      ['onboarding', 1],
      ['prospect', 1],
      ['suspended', 0.3],
    ] as const),
    territoryId: territory.id,
    country,
    city,
    revenueYtd: { amountMinor: revenue, currency },
    updatedAt: new Date(0).toISOString(),
  };
}

/** First run: fill an empty store with the demo partners. A store with data is left alone. */
export async function seedDemoIfEmpty(stores: readonly DocumentStore[]): Promise<boolean> {
  const partners = stores.find((store) => store.collection.name === 'partners');
  if (!partners || (await partners.count()) > 0) return false;
  await partners.put(demoPartners());
  return true;
}
