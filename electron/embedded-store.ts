import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app } from 'electron';
import { ConfigError, readServerConfig } from '../server/config';
import { startStore } from '../server/start';
import type { StoreConnection } from '../shared/platform/platform';
import { APP_ORIGIN } from './app-protocol';

export type StoreHandle = {
  connection: StoreConnection;
  /** Stops the embedded store; nothing to do for a remote one. */
  close(): Promise<void>;
};

export type OpenStoreOptions = {
  env?: NodeJS.ProcessEnv;
  /** Where the embedded store keeps its data; Electron's per-user folder by default. */
  userDataDir?: string;
};

/**
 * PRM_STORE_URL points the app at a shared central store. Without it the app runs its own store
 * in-process on demo data, so a first launch works offline with nothing to set up.
 */
export async function openStore({
  env = process.env,
  userDataDir,
}: OpenStoreOptions = {}): Promise<StoreHandle> {
  const configuredUrl = env['PRM_STORE_URL']?.trim();
  if (configuredUrl) {
    const connection = { storeUrl: readStoreUrl(configuredUrl), embedded: false };
    return { connection, close: () => Promise.resolve() };
  }
  const dataRoot = userDataDir ?? app.getPath('userData');
  const dataDir = path.join(dataRoot, 'prm-store');
  const portFile = path.join(dataRoot, PORT_FILE_NAME);
  const start = (port: number) =>
    startStore(
      readServerConfig({
        ...env,
        PRM_DATA_DIR: dataDir,
        PRM_PORT: String(port),
        // Loopback only: the store serves this device, never the network.
        PRM_HOST: '127.0.0.1',
        PRM_SEED: 'demo',
        PRM_CORS_ORIGINS: APP_ORIGIN,
      }),
    );
  // The port of the last launch, so the store (and the sign-in issuer named after its address)
  // answers where it did: tokens kept in the keychain stay valid. Any free port if it is taken.
  const remembered = await readRememberedPort(portFile);
  const running = await (remembered === null
    ? start(0)
    : start(remembered).catch((error: unknown) => {
        if (!isAddressInUse(error)) throw error;
        return start(0);
      }));
  await writeFile(portFile, new URL(running.url).port);
  return {
    connection: { storeUrl: running.url, embedded: true },
    close: () => running.close(),
  };
}

const PORT_FILE_NAME = 'prm-store-port';

async function readRememberedPort(file: string): Promise<number | null> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const port = Number(text.trim());
  return Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : null;
}

function isAddressInUse(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE'
  );
}

/** The store's base URL without a trailing slash, or a ConfigError naming the variable. */
export function readStoreUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`PRM_STORE_URL must be an http:// or https:// URL (got "${value}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`PRM_STORE_URL must be an http:// or https:// URL (got "${value}")`);
  }
  // Browsers refuse fetch() to URLs carrying credentials; say so now rather than at first sync.
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError('PRM_STORE_URL must not contain a user name or password');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigError(`PRM_STORE_URL must not have a query or fragment (got "${value}")`);
  }
  return url.href.replace(/\/+$/, '');
}
