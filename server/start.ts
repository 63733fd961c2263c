import type { FastifyServerOptions } from 'fastify';
import { buildApp, type App } from './app';
import type { ServerConfig } from './config';
import { openDatabase } from './db/open';
import { startJobQueue } from './jobs/job-queue';
import { runSweepsOnce } from './jobs/sweeps';
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
    // A fresh demo is swept once before anyone signs in, so the minute's cron does not change
    // a CAM's inbox under her a minute after the first sync.
    if (config.seed === 'demo' && (await seedDemoIfEmpty(database, app.stores))) {
      await runSweepsOnce(database, new Date());
    }
    const address = await app.listen({ host: config.host, port: config.port });
    // SLA escalation and expiry (docs/workflow.md, "Jobs"): started after the store listens,
    // never waited for; a queue that cannot start is logged and the store serves on.
    const jobs = startJobQueue({
      database,
      connectionString: config.database.engine === 'postgres' ? config.database.url : undefined,
      log: {
        info: (message) => {
          app.log.info(message);
        },
        error: (error, message) => {
          app.log.error({ err: error }, message);
        },
      },
    });
    return {
      app,
      url: address.replace('[::1]', 'localhost'),
      async close() {
        await jobs.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
