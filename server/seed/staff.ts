import type { Territory, User, UserRole } from '../../shared/schema';
import type { CountryCode } from './places';
import { reportingCurrencyOf } from './territory-money';

export type TerritoryPlan = {
  id: string;
  name: string;
  region: string;
  /** Where its partners are, and how many of them each country has relative to the others. */
  countries: ReadonlyArray<readonly [CountryCode, number]>;
  /** Countries its partners' end customers sometimes buy from, across the border. */
  crossBorderCountries: readonly CountryCode[];
};

export const territoryPlans: readonly TerritoryPlan[] = [
  {
    id: 'territory-na-west',
    name: 'North America West',
    region: 'North America',
    countries: [
      ['US', 8],
      ['CA', 2],
    ],
    crossBorderCountries: ['GB', 'MX'],
  },
  {
    id: 'territory-iberia-latam',
    name: 'Iberia & Latin America',
    region: 'Iberia & LATAM',
    countries: [
      ['ES', 3],
      ['MX', 3],
      ['BR', 2],
      ['AR', 1.5],
      ['CO', 1.5],
      ['CL', 1],
      ['PT', 1],
    ],
    crossBorderCountries: ['GB', 'US'],
  },
];

type StaffMember = Omit<User, 'updatedAt' | 'active'>;

const naWest = 'territory-na-west';
const iberiaLatam = 'territory-iberia-latam';

/**
 * The vendor staff of every data set, with ids and emails that never change: sign-in, tests and
 * the docs use them. Scales with one territory (Iberia & Latin America) keep the people who
 * cover it: Ana, Diego, Lucía, Elena, Priya and Marcus.
 */
export const demoUsers: readonly StaffMember[] = [
  member('user-cam-olivia', 'Olivia Bennett', 'olivia.bennett', 'cam', [naWest], 'user-rm-james'),
  member('user-cam-noah', 'Noah Kim', 'noah.kim', 'cam', [naWest], 'user-rm-james'),
  member('user-cam-ana', 'Ana García', 'ana.garcia', 'cam', [iberiaLatam], 'user-rm-lucia'),
  member('user-cam-diego', 'Diego Torres', 'diego.torres', 'cam', [iberiaLatam], 'user-rm-lucia'),
  member('user-rm-james', 'James Carter', 'james.carter', 'regional_manager', [naWest]),
  member('user-rm-lucia', 'Lucía Fernández', 'lucia.fernandez', 'regional_manager', [iberiaLatam]),
  member('user-director-elena', 'Elena Martín', 'elena.martin', 'director', [naWest, iberiaLatam]),
  member('user-finance-priya', 'Priya Shah', 'priya.shah', 'finance', [naWest, iberiaLatam]),
  member('user-dealdesk-marcus', 'Marcus Lee', 'marcus.lee', 'deal_desk', [naWest, iberiaLatam]),
];

/** Every CAM reports to their territory's regional manager, and the managers to the director. */
function member(
  id: string,
  name: string,
  mailbox: string,
  role: UserRole,
  territoryIds: string[],
  managerId: string | null = role === 'regional_manager' ? 'user-director-elena' : null,
): StaffMember {
  return {
    id,
    name,
    email: `${mailbox}@camdesk.example`,
    role,
    territoryIds,
    managerId,
    away: null,
  };
}

/** The staff who cover any of `territoryIds`, their coverage narrowed to those territories. */
export function staffFor(territoryIds: readonly string[], updatedAt: string): User[] {
  return demoUsers
    .map((member) => ({
      ...member,
      territoryIds: member.territoryIds.filter((id) => territoryIds.includes(id)),
      active: true,
      updatedAt,
    }))
    .filter((member) => member.territoryIds.length > 0);
}

export function territoriesFor(
  territoryIds: readonly string[],
  users: readonly User[],
  updatedAt: string,
): Territory[] {
  return territoryPlans
    .filter((plan) => territoryIds.includes(plan.id))
    .map((plan) => ({
      id: plan.id,
      name: plan.name,
      region: plan.region,
      countries: plan.countries.map(([country]) => country),
      camIds: coverers(users, plan.id, 'cam').map((user) => user.id),
      managerId: coverers(users, plan.id, 'regional_manager')[0]?.id ?? null,
      reportingCurrency: reportingCurrencyOf(plan.id),
      // Filled in with the store's rates and the rollup once the data set exists (generate.ts).
      exchangeRates: { baseCurrency: 'USD', rates: [] },
      rollup: null,
      updatedAt,
    }));
}

/** The people holding `role` for a territory, in a stable order. */
export function coverers(users: readonly User[], territoryId: string, role: UserRole): User[] {
  return users.filter((user) => user.role === role && user.territoryIds.includes(territoryId));
}

export function territoryPlan(id: string): TerritoryPlan {
  const plan = territoryPlans.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`Unknown territory ${id}`);
  return plan;
}
