import { parseArgs } from 'node:util';
import { DEV_OIDC_PATH } from '../../shared/auth/oidc';
import { ConfigError, readServerConfig } from '../config';
import { openDatabase } from '../db/open';
import { readAuthConfig } from './config';
import { readDevSigningKeys } from './dev-keys';
import { DEFAULT_MINTED_TTL_SECONDS, mintDevAccessToken } from './mint';
import { userDirectory } from './users';

export const TOKEN_USAGE = `Usage: npm run token -- --user <user id> [--ttl <minutes>] [--store-url <url>]

Prints an access token for a user of the development sign-in provider (valid for the store's API).
  --user        the user's id, e.g. user-cam-ana (must be an active user of the store)
  --ttl         lifetime in minutes (default ${DEFAULT_MINTED_TTL_SECONDS / 60}, at most 1440)
  --store-url   the store's address (default PRM_PUBLIC_URL, else http://PRM_HOST:PRM_PORT)`;

/** A mistake the person running the command can fix: message on stderr, exit code 2. */
export class TokenCommandError extends Error {}

/** Wrong or missing flags: the message comes with the usage text. */
export class UsageError extends TokenCommandError {}

export type TokenRequest = { userId: string; ttlSeconds: number; storeUrl: string | undefined };

export function parseTokenArguments(args: readonly string[]): TokenRequest {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        user: { type: 'string' },
        ttl: { type: 'string' },
        'store-url': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.user) throw new UsageError('--user <user id> is required');
  const minutes = values.ttl === undefined ? DEFAULT_MINTED_TTL_SECONDS / 60 : Number(values.ttl);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) {
    throw new UsageError(
      `--ttl must be a whole number of minutes from 1 to 1440 (got "${values.ttl ?? ''}")`,
    );
  }
  return { userId: values.user, ttlSeconds: minutes * 60, storeUrl: values['store-url'] };
}

/** Mints the token and makes sure the store would accept it; returns the token. */
export async function createTokenForUser(
  request: TokenRequest,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const auth = readAuthConfig(env);
  if (auth.provider === 'external') {
    throw new TokenCommandError(`OIDC_ISSUER is set: get tokens from ${auth.issuer} instead`);
  }
  if (!auth.keysFile) {
    throw new TokenCommandError(
      'PRM_DATA_DIR=memory:// keeps the signing keys inside the store process: nothing else can sign for it',
    );
  }
  const keys = await readDevSigningKeys(auth.keysFile);
  if (!keys) {
    throw new TokenCommandError(
      `No signing keys at ${auth.keysFile} yet: start the store once (npm run server)`,
    );
  }
  const server = readServerConfig(env);
  const storeUrl = (
    request.storeUrl ??
    auth.publicUrl ??
    `http://${server.host}:${server.port}`
  ).replace(/\/$/, '');
  const token = await mintDevAccessToken({
    keys,
    issuer: `${storeUrl}${DEV_OIDC_PATH}`,
    userId: request.userId,
    ttlSeconds: request.ttlSeconds,
  });

  const checked = await checkWithStore(storeUrl, token);
  if (checked === 'unreachable') await checkInDatabase(env, request.userId);
  return token;
}

/** Asks the running store who the token is; 'unreachable' when nothing answers there. */
async function checkWithStore(
  storeUrl: string,
  token: string,
): Promise<'accepted' | 'unreachable'> {
  let response: Response;
  try {
    response = await fetch(`${storeUrl}/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    return 'unreachable';
  }
  if (response.ok) return 'accepted';
  const body = (await response.json().catch(() => ({}))) as { message?: unknown };
  const message = typeof body.message === 'string' ? body.message : response.statusText;
  throw new TokenCommandError(
    response.status === 401
      ? `The store at ${storeUrl} refuses this user: ${message}`
      : `The store at ${storeUrl} answered ${response.status}: ${message}`,
  );
}

/** The store is not running: read its users table directly. */
async function checkInDatabase(env: NodeJS.ProcessEnv, userId: string): Promise<void> {
  const database = await openDatabase(readServerConfig(env).database);
  try {
    const standing = await userDirectory(database).byId(userId);
    if (standing.status === 'unknown')
      throw new TokenCommandError(`No user ${userId} in the store`);
    if (standing.status === 'revoked') {
      throw new TokenCommandError(`User ${userId} is inactive or deleted: access was revoked`);
    }
  } finally {
    await database.close();
  }
}

/** The whole command: exit code 0 with the token on stdout, 2 with a message on stderr. */
export async function runTokenCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: { out(text: string): void; err(text: string): void },
): Promise<number> {
  try {
    io.out(`${await createTokenForUser(parseTokenArguments(args), env)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof TokenCommandError || error instanceof ConfigError) {
      const usage = error instanceof UsageError ? `\n\n${TOKEN_USAGE}` : '';
      io.err(`token: ${error.message}${usage}\n`);
      return 2;
    }
    throw error;
  }
}
