import type {
  Contact,
  Deal,
  Fund,
  PartnerRollup,
  Performance,
  Request,
  RollupLane,
  TerritoryRollup,
} from '../schema';
import { isClosedDealStage } from '../schema';

/** The raw records a territory's rollup is counted from. */
export type RollupSources = {
  /** Every partner of the territory gets an entry, with or without records. */
  partnerIds: readonly string[];
  deals: readonly Deal[];
  requests: readonly Request[];
  funds: readonly Fund[];
  contacts: readonly Contact[];
  performance: readonly Performance[];
};

export type RollupWindow = { firstMonth: string; monthCount: number };

const HOUR_MS = 3_600_000;

/** Months since year 0 of a `YYYY-MM...` string (an instant, a date or a month). */
export function monthNumber(text: string): number {
  return Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
}

/** `YYYY-MM` of a month number. */
export function monthText(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The `monthCount` months that end with the month of `now` (an ISO instant). */
export function rollupWindowEnding(now: string, monthCount: number): RollupWindow {
  return { firstMonth: monthText(monthNumber(now) - monthCount + 1), monthCount };
}

/** Index of `at`'s month in the rollup's arrays, or -1 outside them. */
export function monthIndex(rollup: RollupWindow, at: string): number {
  const index = monthNumber(at) - monthNumber(rollup.firstMonth);
  return index >= 0 && index < rollup.monthCount ? index : -1;
}

const zeros = (count: number) => Array<number>(count).fill(0);

function emptyPartner(partnerId: string, monthCount: number): PartnerRollup {
  return {
    partnerId,
    registered: zeros(monthCount),
    approved: zeros(monthCount),
    won: zeros(monthCount),
    decided: zeros(monthCount),
    decidedInSla: zeros(monthCount),
    turnaroundHours: zeros(monthCount),
    contacts: 0,
    certifiedContacts: 0,
    lanes: [],
  };
}

function laneOf(partner: PartnerRollup, currency: string, monthCount: number): RollupLane {
  let lane = partner.lanes.find((candidate) => candidate.currency === currency);
  if (!lane) {
    lane = {
      currency,
      wonMinor: zeros(monthCount),
      pipelineMinor: zeros(monthCount),
      revenueMinor: zeros(monthCount),
      mdfAllocatedMinor: 0,
      mdfClaimedMinor: 0,
      mdfPaidMinor: 0,
    };
    partner.lanes.push(lane);
  }
  return lane;
}

const isEmptyLane = (lane: RollupLane) =>
  lane.mdfAllocatedMinor === 0 &&
  lane.mdfClaimedMinor === 0 &&
  lane.mdfPaidMinor === 0 &&
  [lane.wonMinor, lane.pipelineMinor, lane.revenueMinor].every((months) =>
    months.every((value) => value === 0),
  );

/** Lanes in currency order, none that holds nothing: one form for one set of records. */
function tidy(partner: PartnerRollup): void {
  partner.lanes = partner.lanes
    .filter((lane) => !isEmptyLane(lane))
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

/**
 * Adds (sign 1) or takes away (sign -1) what one deal counts for. Everything is by registration
 * month: submitted (not draft), approved, won with its amount, and open deals' amounts as
 * pipeline. A deal registered outside the window counts for nothing.
 */
function countDeal(partner: PartnerRollup, window: RollupWindow, deal: Deal, sign: 1 | -1): void {
  const index = monthIndex(window, deal.registeredAt);
  if (index < 0) return;
  const add = (months: number[], value: number) => {
    months[index] = (months[index] ?? 0) + sign * value;
  };
  if (deal.registrationStatus !== 'draft') add(partner.registered, 1);
  if (deal.registrationStatus === 'approved') add(partner.approved, 1);
  const lane = laneOf(partner, deal.amount.currency, window.monthCount);
  if (deal.stage === 'closed_won') {
    add(partner.won, 1);
    add(lane.wonMinor, deal.amount.amountMinor);
  } else if (!isClosedDealStage(deal.stage)) {
    add(lane.pipelineMinor, deal.amount.amountMinor);
  }
}

/** When a decided request got its last decision, or null while it waits. */
export function finalDecisionAt(request: Request): string | null {
  if (request.status !== 'approved' && request.status !== 'rejected') return null;
  let last: string | null = null;
  for (const step of request.steps) {
    if (step.decidedAt !== null && (last === null || step.decidedAt > last)) last = step.decidedAt;
  }
  return last;
}

function countRequest(partner: PartnerRollup, window: RollupWindow, request: Request): void {
  const decidedAt = finalDecisionAt(request);
  if (decidedAt === null) return;
  const index = monthIndex(window, decidedAt);
  if (index < 0) return;
  const hours = Math.max(
    0,
    Math.round((Date.parse(decidedAt) - Date.parse(request.submittedAt)) / HOUR_MS),
  );
  partner.decided[index] = (partner.decided[index] ?? 0) + 1;
  if (hours <= request.slaHours)
    partner.decidedInSla[index] = (partner.decidedInSla[index] ?? 0) + 1;
  partner.turnaroundHours[index] = (partner.turnaroundHours[index] ?? 0) + hours;
}

/** A certification counts until it expires (at the rollup's computation). */
export function isCertified(contact: Contact, at: string): boolean {
  return contact.certifications.some(
    (certification) => certification.expiresAt === null || certification.expiresAt > at,
  );
}

/**
 * The territory's rollup, counted from its raw records in one pass each. The store computes it
 * (server/rollups/); the client adds the deal changes it sees later with `applyDealChange`, and
 * a property test checks that both ways give the same rollup.
 */
export function computeTerritoryRollup(
  sources: RollupSources,
  window: RollupWindow,
  computedAt: string,
): TerritoryRollup {
  const partners = new Map<string, PartnerRollup>();
  const partnerOf = (partnerId: string) => {
    let partner = partners.get(partnerId);
    if (!partner) {
      partner = emptyPartner(partnerId, window.monthCount);
      partners.set(partnerId, partner);
    }
    return partner;
  };
  for (const partnerId of sources.partnerIds) partnerOf(partnerId);
  for (const deal of sources.deals) countDeal(partnerOf(deal.partnerId), window, deal, 1);
  for (const request of sources.requests)
    countRequest(partnerOf(request.partnerId), window, request);
  for (const fund of sources.funds) {
    const lane = laneOf(partnerOf(fund.partnerId), fund.allocated.currency, window.monthCount);
    lane.mdfAllocatedMinor += fund.allocated.amountMinor + fund.accrued.amountMinor;
    lane.mdfClaimedMinor += fund.reserved.amountMinor + fund.paid.amountMinor;
    lane.mdfPaidMinor += fund.paid.amountMinor;
  }
  for (const contact of sources.contacts) {
    const partner = partnerOf(contact.partnerId);
    partner.contacts += 1;
    if (isCertified(contact, computedAt)) partner.certifiedContacts += 1;
  }
  for (const performance of sources.performance) {
    const partner = partnerOf(performance.partnerId);
    const lane = laneOf(partner, performance.currency, window.monthCount);
    for (const month of performance.months) {
      const index = monthIndex(
        window,
        `${String(performance.year)}-${String(month.month).padStart(2, '0')}`,
      );
      if (index >= 0)
        lane.revenueMinor[index] = (lane.revenueMinor[index] ?? 0) + month.revenueMinor;
    }
  }
  const ordered = [...partners.values()].sort((a, b) =>
    a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0,
  );
  for (const partner of ordered) tidy(partner);
  return { computedAt, ...window, partners: ordered };
}

function copyPartner(partner: PartnerRollup): PartnerRollup {
  return {
    ...partner,
    registered: [...partner.registered],
    approved: [...partner.approved],
    won: [...partner.won],
    lanes: partner.lanes.map((lane) => ({
      ...lane,
      wonMinor: [...lane.wonMinor],
      pipelineMinor: [...lane.pipelineMinor],
    })),
  };
}

/**
 * The rollup after one deal changed (`previous` null: created; `next` null: deleted): its old
 * state taken away and its new one added, in the partners it touches only. The rollup given is
 * not changed; the answer shares every untouched partner with it.
 */
export function applyDealChange(
  rollup: TerritoryRollup,
  previous: Deal | null,
  next: Deal | null,
): TerritoryRollup {
  const touched = new Map<string, PartnerRollup>();
  const partners = [...rollup.partners];
  const partnerFor = (partnerId: string) => {
    const copied = touched.get(partnerId);
    if (copied) return copied;
    const at = partners.findIndex((partner) => partner.partnerId === partnerId);
    const copy =
      at >= 0
        ? copyPartner(partners[at] ?? emptyPartner(partnerId, rollup.monthCount))
        : emptyPartner(partnerId, rollup.monthCount);
    if (at >= 0) partners[at] = copy;
    else partners.push(copy);
    touched.set(partnerId, copy);
    return copy;
  };
  if (previous) countDeal(partnerFor(previous.partnerId), rollup, previous, -1);
  if (next) countDeal(partnerFor(next.partnerId), rollup, next, 1);
  for (const partner of touched.values()) tidy(partner);
  partners.sort((a, b) => (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0));
  return { ...rollup, partners };
}
