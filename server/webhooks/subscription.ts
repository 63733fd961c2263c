import { webhookEventTypes, type WebhookEventType } from './event-types';

/** The payload shapes an endpoint can take: our JSON, or a Slack or Teams incoming webhook's. */
export const webhookFormats = ['json', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof webhookFormats)[number];

/** The shortest secret accepted: 16 characters (the CLI makes 32 random bytes when none is given). */
export const MIN_SECRET_LENGTH = 16;
const MAX_URL_LENGTH = 2000;

export type WebhookSubscription = {
  id: string;
  url: string;
  secret: string;
  format: WebhookFormat;
  /** Empty: every event type. */
  eventTypes: readonly WebhookEventType[];
  /** Empty: every territory. */
  territoryIds: readonly string[];
  createdAt: string;
  removedAt: string | null;
};

export type SubscriptionDraft = Pick<
  WebhookSubscription,
  'url' | 'secret' | 'format' | 'eventTypes' | 'territoryIds'
>;

/** A subscription that cannot be made: what is wrong, in words. Changes nothing. */
export class SubscriptionError extends Error {}

/**
 * Checks a subscription before it is stored. The URL must be http(s) with a host and no
 * credentials in it (they would be logged); plain http only to this machine, since the payload
 * names partners and amounts.
 */
export function checkSubscriptionDraft(draft: SubscriptionDraft): SubscriptionDraft {
  let url: URL;
  try {
    url = new URL(draft.url);
  } catch {
    throw new SubscriptionError(`--url "${draft.url}" is not a URL`);
  }
  if (draft.url.length > MAX_URL_LENGTH) {
    throw new SubscriptionError(`--url is longer than ${MAX_URL_LENGTH} characters`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SubscriptionError(`--url must be https:// (got ${url.protocol})`);
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new SubscriptionError(
      '--url must be https://: plain http is accepted only for this machine (localhost)',
    );
  }
  if (url.username || url.password) {
    throw new SubscriptionError('--url must not hold a user name or password');
  }
  if (draft.secret.length < MIN_SECRET_LENGTH) {
    throw new SubscriptionError(`--secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (/\p{Cc}/u.test(draft.secret)) {
    throw new SubscriptionError('--secret must not hold control characters');
  }
  const unknownType = draft.eventTypes.find(
    (type) => !(webhookEventTypes as readonly string[]).includes(type),
  );
  if (unknownType !== undefined) {
    throw new SubscriptionError(
      `--events: "${unknownType}" is not an event type (${webhookEventTypes.join(', ')})`,
    );
  }
  const badTerritory = draft.territoryIds.find((id) => !/^[A-Za-z0-9_.:-]{1,100}$/.test(id));
  if (badTerritory !== undefined) {
    throw new SubscriptionError(`--territory "${badTerritory}" is not a territory id`);
  }
  return { ...draft, url: url.toString() };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** True when a subscription receives an event of this type in this territory. */
export function receives(
  subscription: {
    eventTypes: readonly string[];
    territoryIds: readonly string[];
    removedAt: string | null;
  },
  type: WebhookEventType,
  territoryId: string,
): boolean {
  return (
    subscription.removedAt === null &&
    (subscription.eventTypes.length === 0 || subscription.eventTypes.includes(type)) &&
    (subscription.territoryIds.length === 0 || subscription.territoryIds.includes(territoryId))
  );
}
