import type { Request, UserRole, WorkflowDefinition } from '../../shared/schema';
import { convertToBase, formatAmount, type ExchangeRate } from './exchange-rates';
import { workflowFor } from './route';

export const roleNames: Record<UserRole, string> = {
  cam: 'a channel account manager',
  regional_manager: 'a regional manager',
  director: 'a director',
  finance: 'finance',
  deal_desk: 'the deal desk',
};

/**
 * Why `role` may not give `request` its final approval under `definition`, or null when it may:
 * the discount depth and the amount, the amount converted to the definition's base currency at
 * the rate valid on the day the request was submitted (so a later rate never changes what a
 * running request needs). Only request types whose workflow checks authority are limited.
 */
export function authorityShortfall(
  definition: WorkflowDefinition,
  role: UserRole,
  request: Pick<Request, 'type' | 'amount' | 'discountPercent' | 'submittedAt'>,
  rates: readonly ExchangeRate[],
): string | null {
  if (!workflowFor(definition, request.type).checksAuthority) return null;
  const limit = definition.authority.find((candidate) => candidate.role === role);
  if (!limit) {
    return `The final approval needs approval authority, and ${roleNames[role]} holds none in workflow ${definition.id} version ${definition.version}.`;
  }
  const discount = request.discountPercent ?? 0;
  if (discount > limit.maxDiscountPercent) {
    return `A ${discount} % discount exceeds your approval authority of ${limit.maxDiscountPercent} %.`;
  }
  if (!request.amount || limit.maxAmountMinor === null) return null;
  const base = definition.baseCurrency;
  const conversion = convertToBase(request.amount, base, request.submittedAt.slice(0, 10), rates);
  if (!conversion.ok) return conversion.reason;
  if (conversion.amountMinor <= limit.maxAmountMinor) return null;
  const converted = formatAmount({ amountMinor: conversion.amountMinor, currency: base });
  const amount = conversion.rate
    ? `${formatAmount(request.amount)} (${converted} at the rate of ${conversion.rate.validOn})`
    : converted;
  const ceiling = formatAmount({ amountMinor: limit.maxAmountMinor, currency: base });
  return `${amount} exceeds your approval authority of ${ceiling}.`;
}
