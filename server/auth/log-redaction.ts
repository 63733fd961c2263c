import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import { ACCESS_TOKEN_QUERY_PARAMETER } from '../../shared/auth/oidc';

/** Query parameters that carry credentials: logged as `[redacted]`. */
const SECRET_PARAMETERS = [ACCESS_TOKEN_QUERY_PARAMETER, 'code', 'refresh_token', 'id_token_hint'];

export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const query = new URLSearchParams(url.slice(start + 1));
  let redacted = false;
  for (const name of SECRET_PARAMETERS) {
    if (query.has(name)) {
      query.set(name, '[redacted]');
      redacted = true;
    }
  }
  return redacted ? `${url.slice(0, start)}?${query.toString()}` : url;
}

/** Fastify's own request serializer, with tokens taken out of the URL. */
export function requestLogSerializer(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket.remotePort,
  };
}

/**
 * Fastify logs each request's URL; the SSE stream's URL carries an access token. Wrap the
 * logger options given to Fastify with this so no token reaches the log.
 */
export function withTokenRedaction(
  logger: FastifyServerOptions['logger'],
): FastifyServerOptions['logger'] {
  if (!logger) return logger;
  const options = logger === true ? {} : logger;
  return { ...options, serializers: { ...options.serializers, req: requestLogSerializer } };
}
