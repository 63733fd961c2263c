import type { FastifyServerOptions } from 'fastify';
import { buildApp, type App } from './app';
import type { ServerConfig } from './config';
import { openDatabase } from './db/open';
import { seedDemoIfEmpty } from './seed/demo';

export type RunningStore = { app: App; url: string; close(): Promise<void> };

/** Opens the database, seeds it when asked, and starts listening. Used by the CLI and Electron. */
export async function startStore(
  config: ServerConfig,
  logger: FastifyServerOptions['logger'] = false,
): Promise<RunningStore> {
  const database = await openDatabase(config.database);
  try {
    const app = await buildApp({
      database,
      corsOrigins: config.corsOrigins,
      webRoot: config.webRoot,
      auth: config.auth,
      logger,
    });
    if (config.seed === 'demo') await seedDemoIfEmpty(database, app.stores);
    const address = await app.listen({ host: config.host, port: config.port });
    return {
      app,
      url: address.replace('[::1]', 'localhost'),
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
