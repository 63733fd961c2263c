import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers every delivery carries (docs/webhooks.md, "Verifying a delivery"). */
export const SIGNATURE_HEADER = 'x-camdesk-signature';
export const TIMESTAMP_HEADER = 'x-camdesk-timestamp';
export const EVENT_ID_HEADER = 'x-camdesk-event-id';
export const EVENT_TYPE_HEADER = 'x-camdesk-event-type';

/** How far a receiver should accept a timestamp from its own clock (replays beyond are refused). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * `v1=` and the hex HMAC-SHA256, keyed by the subscription's secret, of the timestamp (Unix
 * seconds), a dot and the exact body: the receiver recomputes it over the bytes it received.
 */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `v1=${mac}`;
}

/**
 * What a receiver does (and what the tests do as one): true when the signature is this body's
 * under this secret and the timestamp is within the tolerance of `now`.
 */
export function verifyDelivery(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: string,
  now: Date = new Date(),
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const encoder = new TextEncoder();
  const expected = encoder.encode(signDelivery(secret, timestamp, body));
  const given = encoder.encode(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
