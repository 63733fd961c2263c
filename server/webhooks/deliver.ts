import { webhookBody, type WebhookEvent } from './payload';
import {
  EVENT_ID_HEADER,
  EVENT_TYPE_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  signDelivery,
} from './signature';
import type { WebhookSubscription } from './subscription';

/** How long an endpoint has to answer before the attempt counts as failed. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** An attempt the endpoint did not take: retried by the queue until its retries run out. */
export class DeliveryFailed extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export type DeliveryOptions = {
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
};

/**
 * POSTs one event to one endpoint, signed. Any 2xx is delivered; anything else (another status,
 * a refused connection, a timeout) throws DeliveryFailed with what went wrong. Redirects are
 * not followed: a signed payload goes only where IT registered it.
 */
export async function deliverEvent(
  subscription: Pick<WebhookSubscription, 'url' | 'secret' | 'format'>,
  event: WebhookEvent,
  options: DeliveryOptions = {},
): Promise<{ status: number }> {
  const { fetch: send = fetch, now = () => new Date() } = options;
  const body = webhookBody(subscription.format, event);
  const timestamp = Math.floor(now().getTime() / 1000);
  let response: Response;
  try {
    response = await send(subscription.url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'CAM-Desk-Webhooks/1',
        [SIGNATURE_HEADER]: signDelivery(subscription.secret, timestamp, body),
        [TIMESTAMP_HEADER]: String(timestamp),
        [EVENT_ID_HEADER]: event.id,
        [EVENT_TYPE_HEADER]: event.type,
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? DELIVERY_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error ? (causeOf(error) ?? error.message) : String(error);
    throw new DeliveryFailed(`no answer from the endpoint: ${reason}`, null);
  }
  // The answer's body is not needed; reading a little of it says why an endpoint refused.
  const text = await response.text().catch(() => '');
  if (response.status < 200 || response.status > 299) {
    const excerpt = text.slice(0, 200).replace(/\s+/g, ' ').trim();
    throw new DeliveryFailed(
      `the endpoint answered ${response.status}${excerpt ? `: ${excerpt}` : ''}`,
      response.status,
    );
  }
  return { status: response.status };
}

function causeOf(error: Error): string | undefined {
  if (error.name === 'TimeoutError') return `no answer within the timeout`;
  const cause: unknown = error.cause;
  return cause instanceof Error ? cause.message : undefined;
}
