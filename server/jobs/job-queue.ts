import PgBoss from 'pg-boss';
import type { Database } from '../db/database';
import { pgliteExecutor } from './pglite-executor';
import {
  startWebhookJobs,
  type WebhookJobOptions,
  type WebhookJobs,
} from '../webhooks/webhook-jobs';
import { sweeps } from './sweeps';

/** Where pg-boss keeps its tables, in the store's own database. */
export const JOB_SCHEMA = 'pgboss';

export type JobQueueOptions = {
  database: Database;
  /** PostgreSQL: pg-boss opens a small pool of its own on this URL; PGlite: none. */
  connectionString?: string | undefined;
  /** pg-boss's schema; tests give each their own. */
  schema?: string;
  /** What the jobs take as "now": the clock, or a fake one in tests. */
  now?: () => Date;
  /** How often idle workers look for jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
  /** How webhook deliveries are made and retried (docs/webhooks.md); false: no webhooks. */
  webhooks?: Omit<WebhookJobOptions, 'log'> | false;
  log: { info(message: string): void; error(error: unknown, message: string): void };
};

export type JobQueue = {
  /** Resolves true once pg-boss runs, false when it could not start (logged). */
  ready: Promise<boolean>;
  /** Runs a sweep at once (as its schedule would) and waits for it to be taken. */
  trigger(name: string): Promise<string | null>;
  /** The webhook queues, once running (undefined when switched off or not started). */
  webhooks(): WebhookJobs | undefined;
  stop(): Promise<void>;
  boss: PgBoss;
};

/**
 * The store's job queue (docs/workflow.md, "Jobs"): pg-boss in the store's own database, on
 * PostgreSQL through its own pool, on PGlite through the store's connection. Each sweep gets a
 * queue that holds one job at a time, a schedule (pg-boss's cron, UTC) and a worker. Starting
 * never blocks or fails the store's start-up: `ready` tells how it went.
 */
export function startJobQueue(options: JobQueueOptions): JobQueue {
  const { database, log, now = () => new Date() } = options;
  const schema = options.schema ?? JOB_SCHEMA;
  const boss =
    database.engine === 'postgres' && options.connectionString
      ? new PgBoss({
          connectionString: options.connectionString,
          schema,
          max: 3,
          application_name: 'prm-store-jobs',
        })
      : new PgBoss({ db: pgliteExecutor(database), schema });
  boss.on('error', (error) => {
    log.error(error, 'job queue error');
  });
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  let webhooks: WebhookJobs | undefined;

  const ready = (async () => {
    try {
      await boss.start();
      for (const sweep of sweeps) {
        await boss.createQueue(sweep.name, { name: sweep.name, policy: 'singleton' });
        if (sweep.cron) await boss.schedule(sweep.name, sweep.cron, {}, { tz: 'UTC' });
        await boss.work(sweep.name, polling, async () => {
          const summary = await sweep.run(database, now());
          if (summary) log.info(`${sweep.name}: ${summary}`);
        });
      }
      if (options.webhooks !== false) {
        webhooks = await startWebhookJobs(boss, database, {
          pollingIntervalSeconds: polling.pollingIntervalSeconds,
          ...options.webhooks,
          log,
        });
      }
      return true;
    } catch (error) {
      log.error(
        error,
        'job queue did not start; escalation, expiry and webhooks wait for a restart',
      );
      return false;
    }
  })();

  return {
    ready,
    boss,
    webhooks: () => webhooks,
    async trigger(name) {
      if (!(await ready)) return null;
      return boss.send(name, {});
    },
    async stop() {
      await ready;
      await webhooks?.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 5000, close: true });
    },
  };
}
