import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';
import { DEV_OIDC_PATH } from '../../shared/auth/oidc';
import { HttpError } from '../errors';
import { DEV_PAGE_CSP, errorPage, loginPage } from './dev-pages';
import type { UserDirectory } from './users';

export type DevProviderRoutesOptions = {
  /** Created on first use: its issuer is the store's address, known once it listens. */
  provider: () => Promise<Provider>;
  users: UserDirectory;
};

type InteractionRequest = FastifyRequest<{ Params: { uid: string } }>;
type LoginRequest = FastifyRequest<{ Params: { uid: string }; Body: Record<string, string> }>;

/**
 * Mounts the development provider under /oidc (it is a Koa app: the request is handed over raw,
 * as Express would mount it) and serves its sign-in interaction: pick a user, consent implied.
 */
export const devProviderRoutes: FastifyPluginAsync<DevProviderRoutesOptions> = async (
  app,
  { provider, users },
) => {
  let callback: Promise<(req: IncomingMessage, res: ServerResponse) => Promise<void>> | undefined;
  const handler = () => (callback ??= provider().then((oidc) => oidc.callback()));

  // oidc-provider reads request bodies itself: leave the stream unread.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => {
    done(null);
  });
  const mount = async (request: FastifyRequest, reply: FastifyReply) => {
    const handle = await handler();
    reply.hijack();
    const raw = request.raw;
    const originalUrl = raw.url ?? DEV_OIDC_PATH;
    // oidc-provider derives its mount path from originalUrl minus url, like Express's mounting.
    // The rest starts with `/` even for `/oidc?…`: its router cannot match a bare `?…` (a 500).
    const rest = originalUrl.slice(DEV_OIDC_PATH.length);
    Object.assign(raw, { originalUrl, url: rest.startsWith('/') ? rest : `/${rest}` });
    await handle(raw, reply.raw);
  };
  app.all(DEV_OIDC_PATH, { schema: { hide: true } }, mount);
  app.all(`${DEV_OIDC_PATH}/*`, { schema: { hide: true } }, mount);

  await app.register(async (forms) => {
    forms.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      },
    );
    const interactionPath = `${DEV_OIDC_PATH}/interaction/:uid`;
    const hide = { schema: { hide: true } };

    forms.get(interactionPath, hide, async (request: InteractionRequest, reply) => {
      const oidc = await provider();
      const details = await interactionFor(oidc, request, reply);
      if (details.prompt.name === 'login') {
        const action = `${DEV_OIDC_PATH}/interaction/${details.uid}`;
        return sendPage(
          reply,
          200,
          loginPage({
            action: `${action}/login`,
            abortAction: `${action}/abort`,
            clientName: 'CAM Desk',
            users: await users.listActive(),
          }),
        );
      }
      if (details.prompt.name === 'consent') {
        // The only client is the store's own app: consent is implied, no screen.
        const grantId = details.grantId ?? (await grantFor(oidc, details));
        return finish(oidc, request, reply, { consent: { grantId } });
      }
      throw new HttpError(400, 'bad_request', `Unsupported sign-in step ${details.prompt.name}`);
    });

    forms.post(`${interactionPath}/login`, hide, async (request: LoginRequest, reply) => {
      const oidc = await provider();
      const details = await interactionFor(oidc, request, reply);
      const userId = request.body['userId'] ?? '';
      if (details.prompt.name !== 'login') {
        throw new HttpError(400, 'bad_request', 'This sign-in step is not a login');
      }
      const standing = await users.byId(userId);
      if (standing.status !== 'active') {
        return sendPage(
          reply,
          403,
          errorPage({ error: 'access_denied', user: userId, reason: 'not an active user' }),
        );
      }
      return finish(oidc, request, reply, { login: { accountId: userId } });
    });

    forms.post(`${interactionPath}/abort`, hide, async (request: InteractionRequest, reply) => {
      const oidc = await provider();
      await interactionFor(oidc, request, reply);
      return finish(oidc, request, reply, {
        error: 'access_denied',
        error_description: 'The user cancelled sign-in',
      });
    });
  });
};

async function interactionFor(
  oidc: Provider,
  request: InteractionRequest,
  reply: FastifyReply,
): Promise<Interaction> {
  let details: Interaction;
  try {
    details = await oidc.interactionDetails(request.raw, reply.raw);
  } catch {
    throw new HttpError(
      400,
      'bad_request',
      'This sign-in has expired or was opened elsewhere: start again',
    );
  }
  if (details.uid !== request.params.uid) {
    throw new HttpError(
      400,
      'bad_request',
      'This sign-in page belongs to another sign-in: start again',
    );
  }
  return details;
}

async function finish(
  oidc: Provider,
  request: FastifyRequest,
  reply: FastifyReply,
  result: Parameters<Provider['interactionResult']>[2],
) {
  const returnTo = await oidc.interactionResult(request.raw, reply.raw, result, {
    mergeWithLastSubmission: true,
  });
  return reply.redirect(returnTo, 303);
}

/** Fallback when no grant was loaded: grant the scopes the client asked for. */
async function grantFor(oidc: Provider, details: Interaction): Promise<string> {
  const grant = new oidc.Grant({
    accountId: details.session?.accountId,
    clientId: String(details.params['client_id']),
  });
  const scope = details.params['scope'];
  grant.addOIDCScope(typeof scope === 'string' ? scope : 'openid');
  return grant.save();
}

function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', DEV_PAGE_CSP)
    .header('cache-control', 'no-store')
    .send(html);
}
