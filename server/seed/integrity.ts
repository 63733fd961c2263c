import { NOT_DUE, isOpenRequest } from '../../shared/rules/request-status';
import { payeeKey } from '../../shared/rules/spiff-payee';
import type { Deal, Request, User } from '../../shared/schema';
import { pricebookOf } from './catalog';
import { channelConflictsByRule } from './deal-conflicts';
import type { Dataset } from './generate';
import { usdFromMinor } from './places';
import {
  routeDealRegistration,
  routeMdfClaim,
  routeMdfPreapproval,
  routeOnboarding,
  routeSpecialPricing,
  routeSpiffClaim,
} from './routing';

/**
 * Everything in a data set that points somewhere must point at something that exists, and every
 * request must be where its workflow says it can be. Returns what is wrong, in words; empty
 * when the data set holds together. The tests run it on every scale they generate.
 */
export function findIntegrityProblems(dataset: Dataset, asOf = asOfDataset(dataset)): string[] {
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < 50) problems.push(message);
  };
  const byId = <Doc extends { id: string }>(name: string, docs: readonly Doc[]) => {
    const map = new Map<string, Doc>();
    for (const doc of docs) {
      if (map.has(doc.id)) fail(`${name}: duplicate id ${doc.id}`);
      map.set(doc.id, doc);
    }
    return map;
  };
  const territories = byId('territories', dataset.territories);
  const users = byId('users', dataset.users);
  const programs = byId('programs', dataset.programs);
  const products = byId('products', dataset.products);
  const partners = byId('partners', dataset.partners);
  const contacts = byId('contacts', dataset.contacts);
  const deals = byId('deals', dataset.deals);
  const requests = byId('requests', dataset.requests);
  const decisions = byId('decisions', dataset.decisions);
  const funds = byId('funds', dataset.funds);
  byId('performance', dataset.performance);
  byId('activities', dataset.activities);

  const covers = (user: User | undefined, territoryId: string, role?: User['role']) =>
    user !== undefined && user.territoryIds.includes(territoryId) && (!role || user.role === role);
  const scoped = (name: string, doc: { id: string; partnerId: string; territoryId: string }) => {
    const partner = partners.get(doc.partnerId);
    if (!partner) fail(`${name} ${doc.id}: unknown partner ${doc.partnerId}`);
    else if (partner.territoryId !== doc.territoryId)
      fail(`${name} ${doc.id}: territory differs from its partner's`);
  };

  for (const territory of dataset.territories) {
    for (const camId of territory.camIds) {
      if (!covers(users.get(camId), territory.id, 'cam'))
        fail(`territory ${territory.id}: ${camId} is not its CAM`);
    }
    if (
      territory.managerId &&
      !covers(users.get(territory.managerId), territory.id, 'regional_manager')
    ) {
      fail(`territory ${territory.id}: bad manager ${territory.managerId}`);
    }
  }
  for (const user of dataset.users) {
    for (const id of user.territoryIds)
      if (!territories.has(id)) fail(`user ${user.id}: unknown territory ${id}`);
    if (user.managerId && !users.has(user.managerId)) fail(`user ${user.id}: unknown manager`);
  }
  for (const partner of dataset.partners) {
    if (!territories.has(partner.territoryId)) fail(`partner ${partner.id}: unknown territory`);
    if (partner.parentId && !partners.has(partner.parentId))
      fail(`partner ${partner.id}: unknown parent`);
    if (
      partner.accountOwnerId &&
      !covers(users.get(partner.accountOwnerId), partner.territoryId, 'cam')
    ) {
      fail(`partner ${partner.id}: owner ${partner.accountOwnerId} is not a CAM of its territory`);
    }
  }
  for (const contact of dataset.contacts) scoped('contact', contact);
  for (const fund of dataset.funds) {
    scoped('fund', fund);
    const { allocated, accrued, reserved, paid, balance } = fund;
    if (
      balance.amountMinor !==
      allocated.amountMinor + accrued.amountMinor - reserved.amountMinor - paid.amountMinor
    ) {
      fail(`fund ${fund.id}: balance does not follow from the ledger`);
    }
    if (balance.amountMinor < 0) fail(`fund ${fund.id}: negative balance`);
  }
  for (const entry of dataset.performance) scoped('performance', entry);

  const pricebook = pricebookOf(dataset.products);
  // One-way links are right: a rejected registration lists the holder it conflicted with, but
  // protects nobody, so the holder does not list it (shared/rules/channel-conflict.ts).
  const ruleConflicts = channelConflictsByRule(dataset.deals, asOf);
  for (const deal of dataset.deals) {
    scoped('deal', deal);
    let total = 0;
    for (const line of deal.lines) {
      if (!products.has(line.productId)) fail(`deal ${deal.id}: unknown product ${line.productId}`);
      if (line.unitPrice.currency !== deal.amount.currency)
        fail(`deal ${deal.id}: mixed currencies`);
      total += line.quantity * line.unitPrice.amountMinor;
    }
    if (total !== deal.amount.amountMinor)
      fail(`deal ${deal.id}: amount is not the sum of its lines`);
    for (const otherId of deal.conflictsWith) {
      if (!deals.has(otherId)) fail(`deal ${deal.id}: unknown conflicting deal ${otherId}`);
    }
    const expected = ruleConflicts.get(deal.id) ?? [];
    if (expected.join() !== deal.conflictsWith.join()) {
      fail(
        `deal ${deal.id}: conflictsWith [${deal.conflictsWith.join(', ')}] is not what the ` +
          `channel-conflict rule finds [${expected.join(', ')}]`,
      );
    }
  }

  const openRegistrations = new Map<string, number>();
  for (const request of dataset.requests) {
    scoped('request', request);
    const partner = partners.get(request.partnerId);
    if (!partner) continue;
    const subjectOk = {
      deal_registration: deals.get(request.subjectId)?.partnerId === partner.id,
      special_pricing: deals.get(request.subjectId)?.partnerId === partner.id,
      mdf_preapproval: funds.get(request.subjectId)?.partnerId === partner.id,
      mdf_claim: funds.get(request.subjectId)?.partnerId === partner.id,
      spiff_claim: programs.get(request.subjectId)?.kind === 'spiff',
      partner_onboarding: request.subjectId === partner.id,
    }[request.type];
    if (!subjectOk)
      fail(`request ${request.id}: subject ${request.subjectId} does not fit a ${request.type}`);
    const expectedRoles = routeOf(request, deals.get(request.subjectId), partner.tier, pricebook);
    if (expectedRoles.join() !== request.steps.map((step) => step.role).join()) {
      fail(
        `request ${request.id}: routed ${request.steps.map((step) => step.role).join()} not ${expectedRoles.join()}`,
      );
    }
    for (const step of request.steps) {
      if (!covers(users.get(step.assigneeId ?? ''), request.territoryId, step.role)) {
        fail(`request ${request.id}: step ${step.index} assignee does not hold ${step.role} there`);
      }
      if (step.decisionId && decisions.get(step.decisionId)?.requestId !== request.id) {
        fail(`request ${request.id}: step ${step.index} names a decision of another request`);
      }
    }
    const open = isOpenRequest(request.status);
    if (open) checkOpenSteps(request, fail);
    else if (request.currentStep !== request.steps.length || request.dueAt !== NOT_DUE) {
      fail(`request ${request.id}: decided but not closed`);
    }
    if (open && request.type === 'deal_registration') {
      openRegistrations.set(request.subjectId, (openRegistrations.get(request.subjectId) ?? 0) + 1);
    }
    if (request.type === 'mdf_claim') checkClaim(request, requests, fail);
  }
  checkSpiffPayees(dataset, fail);
  // A registration carries its request's status: open exactly when one open request is its own.
  for (const deal of dataset.deals) {
    const waiting = openRegistrations.get(deal.id) ?? 0;
    if (isOpenRequest(deal.registrationStatus) !== (waiting === 1)) {
      fail(
        `deal ${deal.id}: ${deal.registrationStatus} with ${waiting} open registration requests`,
      );
    }
  }
  for (const decision of dataset.decisions) {
    const step = requests.get(decision.requestId)?.steps[decision.stepIndex];
    if (!step) fail(`decision ${decision.id}: unknown request step`);
    else if (step.assigneeId !== decision.decidedBy)
      fail(`decision ${decision.id}: decided by someone else`);
  }
  for (const activity of dataset.activities) {
    scoped('activity', activity);
    const subjects = {
      partner: partners,
      deal: deals,
      request: requests,
      fund: funds,
      contact: contacts,
    };
    if (!subjects[activity.subjectType].has(activity.subjectId))
      fail(`activity ${activity.id}: unknown subject`);
    if (activity.actorId && !users.has(activity.actorId))
      fail(`activity ${activity.id}: unknown actor`);
  }
  return problems;
}

function routeOf(
  request: Request,
  deal: Deal | undefined,
  tier: Parameters<typeof routeDealRegistration>[0]['tier'],
  pricebook: ReturnType<typeof pricebookOf>,
) {
  const amountUsd = request.amount
    ? usdFromMinor(request.amount.amountMinor, request.amount.currency)
    : 0;
  switch (request.type) {
    case 'deal_registration': {
      const pricingInvolved = (deal?.lines ?? []).some(
        (line) =>
          line.unitPrice.amountMinor <
          pricebook.priceOf(line.productId, deal?.endCustomer.country ?? '', tier).amountMinor,
      );
      return routeDealRegistration({ amountUsd, tier, pricingInvolved });
    }
    case 'special_pricing':
      return routeSpecialPricing(request.discountPercent ?? 0, amountUsd);
    case 'mdf_preapproval':
      return routeMdfPreapproval(amountUsd);
    case 'mdf_claim':
      return routeMdfClaim();
    case 'spiff_claim':
      return routeSpiffClaim(amountUsd);
    case 'partner_onboarding':
      return routeOnboarding();
  }
}

/** Approved before the current step, pending at it, waiting after it, due when it is. */
function checkOpenSteps(request: Request, fail: (message: string) => void) {
  request.steps.forEach((step, index) => {
    const expected =
      index < request.currentStep
        ? 'approved'
        : index === request.currentStep
          ? 'pending'
          : 'waiting';
    if (step.status !== expected)
      fail(`request ${request.id}: step ${index} is ${step.status}, not ${expected}`);
    if (expected === 'approved' && (!step.decidedBy || !step.decidedAt || !step.decisionId)) {
      fail(`request ${request.id}: approved step ${index} lacks its decision`);
    }
  });
  if (request.steps[request.currentStep]?.dueAt !== request.dueAt) {
    fail(`request ${request.id}: dueAt is not the pending step's`);
  }
}

/** A claim quotes its pre-approval, which must be approved, on the same fund, and not smaller. */
function checkClaim(
  claim: Request,
  requests: ReadonlyMap<string, Request>,
  fail: (message: string) => void,
) {
  const quoted = /pre-approval (\S+)/.exec(
    claim.history.map((entry) => entry.note).join('\n'),
  )?.[1];
  const preapproval = requests.get(quoted ?? '');
  if (
    !preapproval ||
    preapproval.type !== 'mdf_preapproval' ||
    preapproval.status !== 'approved' ||
    preapproval.subjectId !== claim.subjectId ||
    (claim.amount?.amountMinor ?? 0) > (preapproval.amount?.amountMinor ?? 0)
  ) {
    fail(`request ${claim.id}: claim does not fit an approved pre-approval`);
  }
}

/** The instant a generated data set is "as of": every document's `updatedAt` carries it. */
function asOfDataset(dataset: Dataset): Date {
  const stamps = dataset.territories.map((territory) => Date.parse(territory.updatedAt));
  return new Date(Math.max(0, ...stamps));
}

/**
 * A SPIFF claim pays one of its partner's contacts, and the claims of one rep on a program ask
 * for no more units than it pays a rep; no other request names a rep.
 */
function checkSpiffPayees(dataset: Dataset, fail: (message: string) => void) {
  const programs = new Map(dataset.programs.map((program) => [program.id, program]));
  const contactKeys = new Set(
    dataset.contacts.map((contact) => `${contact.partnerId} ${payeeKey(contact)}`),
  );
  const unitsByRep = new Map<string, number>();
  for (const request of dataset.requests) {
    if (request.type !== 'spiff_claim') {
      if (request.payee !== null) fail(`request ${request.id}: a ${request.type} names a rep`);
      continue;
    }
    const rule = programs.get(request.subjectId)?.spiff;
    if (!request.payee || !rule || !request.amount) {
      fail(`request ${request.id}: a SPIFF claim without its rep, program or amount`);
      continue;
    }
    const rep = payeeKey(request.payee);
    if (!contactKeys.has(`${request.partnerId} ${rep}`)) {
      fail(`request ${request.id}: pays ${rep}, not a contact of ${request.partnerId}`);
    }
    const key = `${request.subjectId} ${rep}`;
    const units =
      (unitsByRep.get(key) ?? 0) + request.amount.amountMinor / rule.amountPerUnit.amountMinor;
    unitsByRep.set(key, units);
    if (units > rule.maxUnitsPerRep) {
      fail(`request ${request.id}: ${rep} claims ${units} units of ${request.subjectId}`);
    }
  }
}
