/** Seconds a client is asked to wait (`Retry-After`) when the database is away. */
export const RETRY_AFTER_SECONDS = 3;

/**
 * Codes that mean "the database cannot be reached right now", not "this request is wrong":
 * socket failures from Node, and PostgreSQL's admin_shutdown (57P01), crash_shutdown (57P02),
 * cannot_connect_now (57P03, starting up or shutting down) and connection exceptions (08xxx).
 */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/**
 * What node-postgres says, without a code, when a connection died under a query or a client that
 * lost its connection is used again, or when the pool could not connect in time.
 */
const unavailableMessages = [
  /^Connection terminated/,
  /is not queryable/,
  /^timeout exceeded when trying to connect/,
];

/**
 * True when `error` says the database is unreachable (down, restarting, connection killed): the
 * request may succeed if sent again shortly, so it is answered 503, never 500. Looks through
 * `AggregateError` (Node tries each address of a host) and `cause`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const code = 'code' in error ? error.code : undefined;
  if (typeof code === 'string' && unavailableCodes.has(code)) return true;
  const message = 'message' in error ? error.message : undefined;
  if (typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message))) {
    return true;
  }
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.every((inner) => isDatabaseUnavailable(inner, depth + 1));
  }
  return 'cause' in error && isDatabaseUnavailable(error.cause, depth + 1);
}
