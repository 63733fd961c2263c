import type { PartnerTier, Product, Program } from '../../shared/schema';
import { partnerTiers } from '../../shared/schema';
import { calendarDateAt, quarterOf, utcYear, type GenerationContext } from './context';
import { standardAuthority, standardWorkflowV1 } from '../workflow/standard-definition';
import { countryOf, digitsOf, minorFromUsd, roundPriceFromUsd } from './places';

/** The standard partner discount off list price for each tier. */
export const tierDiscountPercent: Record<PartnerTier, number> = {
  registered: 10,
  silver: 15,
  gold: 20,
  platinum: 25,
};

type CatalogItem = readonly [sku: string, name: string, family: string, listUsd: number];

const catalog: readonly CatalogItem[] = [
  ['SEC-FW-100', 'Edge Firewall 100', 'Network Security', 1_200],
  ['SEC-FW-400', 'Edge Firewall 400', 'Network Security', 4_800],
  ['SEC-FW-1800', 'Edge Firewall 1800', 'Network Security', 18_000],
  ['SEC-FW-9000', 'Datacenter Firewall 9000', 'Network Security', 65_000],
  ['ACC-ZT-USR', 'Zero Trust Access (user, 1 year)', 'Secure Access', 96],
  ['ACC-VPN-USR', 'Secure VPN (user, 1 year)', 'Secure Access', 48],
  ['ACC-SSO-USR', 'Identity SSO (user, 1 year)', 'Secure Access', 36],
  ['BCK-CLD-1TB', 'Cloud Backup 1 TB (1 year)', 'Cloud Backup', 600],
  ['BCK-CLD-10TB', 'Cloud Backup 10 TB (1 year)', 'Cloud Backup', 5_000],
  ['BCK-APL-200', 'Backup Appliance 200', 'Cloud Backup', 9_500],
  ['END-EDR-DEV', 'Endpoint Detection & Response (device, 1 year)', 'Endpoint', 60],
  ['END-AV-DEV', 'Endpoint Antivirus (device, 1 year)', 'Endpoint', 24],
  ['END-MDM-DEV', 'Mobile Device Management (device, 1 year)', 'Endpoint', 30],
  ['NET-SW-24', 'Managed Switch 24-port', 'Networking', 1_800],
  ['NET-AP-6', 'Wi-Fi 6 Access Point', 'Networking', 650],
  ['NET-SDWAN', 'SD-WAN Branch Gateway', 'Networking', 2_400],
  ['SVC-SUP-PRM', 'Premium Support (1 year)', 'Services', 12_000],
  ['SVC-IMP-STD', 'Implementation Services', 'Services', 8_000],
  ['SVC-TRN-DAY', 'Training Day', 'Services', 2_500],
  ['SVC-HLTH', 'Security Health Check', 'Services', 4_000],
];

/** Still in old deals' history, no longer sold. */
const retired: CatalogItem = ['ACC-RA-GW', 'Remote Access Gateway', 'Secure Access', 3_000];

export function productId(sku: string): string {
  return `product-${sku.toLowerCase()}`;
}

/** The product list with its pricebook for every country the data set sells in. */
export function generateProducts(context: GenerationContext, countryCodes: readonly string[]) {
  return [...catalog, retired].map(([sku, name, family, listUsd]): Product => {
    const active = sku !== retired[0];
    const prices = countryCodes.flatMap((code) => {
      const { currency } = countryOf(code);
      return partnerTiers.map((tier) => ({
        country: code,
        tier,
        price: {
          amountMinor: roundPriceFromUsd(listUsd * (1 - tierDiscountPercent[tier] / 100), currency),
          currency,
        },
      }));
    });
    return {
      id: productId(sku),
      sku,
      name,
      family,
      listPrice: { amountMinor: minorFromUsd(listUsd, 'USD'), currency: 'USD' },
      active,
      prices,
      updatedAt: context.updatedAt,
    };
  });
}

export const DISCOUNT_AUTHORITY_ID = 'program-discount-authority';

/**
 * Who may approve what: the authority matrix of the workflow the store judges by (version 1 of
 * the standard workflow, in US cents), copied into the program clients replicate so a CAM sees
 * the same limits the store applies.
 */
export const discountAuthority = standardAuthority;

const tierRules: ReadonlyArray<[PartnerTier, number, number]> = [
  ['registered', 0, 0],
  ['silver', 250_000, 2],
  ['gold', 1_000_000, 5],
  ['platinum', 5_000_000, 10],
];

export type SpiffPlan = { program: Program; productIds: readonly string[] };

/** The authority matrix, the tier program and SPIFF programs for this quarter and the last. */
export function generatePrograms(
  context: GenerationContext,
  spiffs: readonly SpiffPlan[],
): Program[] {
  const year = utcYear(context.nowMs);
  const base = { tiers: [], spiff: null, authority: [], updatedAt: context.updatedAt };
  const authority: Program = {
    ...base,
    id: DISCOUNT_AUTHORITY_ID,
    kind: 'discount_authority',
    name: 'Discount authority matrix',
    validFrom: `${year - 1}-01-01`,
    validTo: null,
    authority: discountAuthority.map((rule) => ({
      role: rule.role,
      maxDiscountPercent: rule.maxDiscountPercent,
      maxAmount:
        rule.maxAmountMinor === null
          ? null
          : { amountMinor: rule.maxAmountMinor, currency: standardWorkflowV1.baseCurrency },
    })),
  };
  const tiers: Program = {
    ...base,
    id: `program-tiers-${year}`,
    kind: 'tier_program',
    name: `Partner tier program ${year}`,
    validFrom: `${year}-01-01`,
    validTo: `${year}-12-31`,
    tiers: tierRules.map(([tier, minRevenueUsd, requiredCertifications]) => ({
      tier,
      minRevenue: { amountMinor: minorFromUsd(minRevenueUsd, 'USD'), currency: 'USD' },
      requiredCertifications,
      maxDiscountPercent: tierDiscountPercent[tier],
    })),
  };
  return [authority, tiers, ...spiffs.map((plan) => plan.program)];
}

export function spiffPrograms(context: GenerationContext): SpiffPlan[] {
  const current = quarterBounds(context.nowMs, 0);
  const previous = quarterBounds(context.nowMs, -1);
  const spiff = (
    key: string,
    name: string,
    quarter: QuarterBounds,
    skus: readonly string[],
    perUnit: number,
    currency: string,
    maxUnitsPerRep: number,
  ): SpiffPlan => {
    const productIds = skus.map(productId);
    return {
      productIds,
      program: {
        id: `program-spiff-${quarter.label.toLowerCase()}-${key}`,
        kind: 'spiff',
        name: `${name} SPIFF ${quarter.label}`,
        validFrom: quarter.from,
        validTo: quarter.to,
        tiers: [],
        spiff: {
          productIds,
          amountPerUnit: { amountMinor: perUnit * 10 ** digitsOf(currency), currency },
          maxUnitsPerRep,
        },
        authority: [],
        updatedAt: context.updatedAt,
      },
    };
  };
  const firewalls = ['SEC-FW-100', 'SEC-FW-400', 'SEC-FW-1800'];
  return [
    spiff('firewall', 'Edge Firewall', current, firewalls, 50, 'USD', 40),
    spiff('zero-trust', 'Zero Trust seats', current, ['ACC-ZT-USR'], 2, 'EUR', 2_000),
    spiff('backup', 'Cloud Backup', previous, ['BCK-CLD-1TB', 'BCK-CLD-10TB'], 25, 'USD', 60),
  ];
}

type QuarterBounds = { label: string; from: string; to: string; fromMs: number; toMs: number };

/** The calendar quarter `offset` quarters from the one holding `ms`. */
function quarterBounds(ms: number, offset: number): QuarterBounds {
  const index = utcYear(ms) * 4 + quarterOf(ms) - 1 + offset;
  const year = Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  const fromMs = Date.UTC(year, (quarter - 1) * 3, 1);
  const toMs = Date.UTC(year, quarter * 3, 0);
  return {
    label: `${year}-Q${quarter}`,
    from: calendarDateAt(fromMs),
    to: calendarDateAt(toMs),
    fromMs,
    toMs,
  };
}

export type Price = Product['listPrice'];
export type Pricebook = {
  priceOf(productId: string, country: string, tier: PartnerTier): Price;
  listUsdOf(productId: string): number;
};

/** Looks prices up by product, country and tier, as the deal desk would in the pricebook. */
export function pricebookOf(products: readonly Product[]): Pricebook {
  const prices = new Map<string, Price>();
  const listUsd = new Map<string, number>();
  for (const product of products) {
    listUsd.set(product.id, product.listPrice.amountMinor / 100);
    for (const entry of product.prices) {
      prices.set(`${product.id}|${entry.country}|${entry.tier}`, entry.price);
    }
  }
  return {
    priceOf(productId, country, tier) {
      const price = prices.get(`${productId}|${country}|${tier}`);
      if (!price) throw new Error(`No price for ${productId} in ${country} at ${tier}`);
      return price;
    },
    listUsdOf(productId) {
      return listUsd.get(productId) ?? 0;
    },
  };
}

/** Products a deal can include: the active catalogue, and the retired one in older deals. */
export const sellableSkus = catalog.map(([sku]) => sku);
export const retiredSku = retired[0];
