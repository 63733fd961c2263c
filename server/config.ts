import path from 'node:path';
import { readAuthConfig, type AuthConfig } from './auth/config';
import { ConfigError } from './config-error';
import type { DatabaseConfig } from './db/open';
import { DEFAULT_DATA_DIR, IN_MEMORY } from './db/pglite';

export { ConfigError };

export type ServerConfig = {
  database: DatabaseConfig;
  auth: AuthConfig;
  host: string;
  port: number;
  corsOrigins: string[];
  webRoot: string | undefined;
  /** Fill an empty store with this data set at start-up. */
  seed: 'demo' | undefined;
};

export const DEFAULT_PORT = 8787;
/** The desktop shell's page origin and Vite's dev server. */
export const DEFAULT_CORS_ORIGINS = ['app://cam-desk', 'http://localhost:5173'];

/** Reads the server's configuration from the environment; a bad value stops start-up clearly. */
export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const url = env['DATABASE_URL']?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql:// (got "${url}")`,
    );
  }
  const seed = env['PRM_SEED']?.trim() || undefined;
  if (seed !== undefined && seed !== 'demo') {
    throw new ConfigError(`PRM_SEED must be "demo" or unset (got "${seed}")`);
  }
  return {
    database: url
      ? { engine: 'postgres', url }
      : { engine: 'pglite', dataDir: pgliteDataDir(env['PRM_DATA_DIR']) },
    auth: readAuthConfig(env),
    host: env['PRM_HOST'] || '127.0.0.1',
    port: readPort(env['PRM_PORT']),
    corsOrigins: env['PRM_CORS_ORIGINS']
      ? env['PRM_CORS_ORIGINS']
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : DEFAULT_CORS_ORIGINS,
    webRoot: env['PRM_WEB_ROOT'] ? path.resolve(env['PRM_WEB_ROOT']) : undefined,
    seed,
  };
}

function pgliteDataDir(value: string | undefined): string {
  if (value === IN_MEMORY) return IN_MEMORY;
  return path.resolve(value || DEFAULT_DATA_DIR);
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PRM_PORT must be a port number from 0 to 65535 (got "${value}")`);
  }
  return port;
}
