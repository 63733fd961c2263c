import type PgBoss from 'pg-boss';
import type { Database } from '../db/database';
import { CHANGE_CHANNEL } from '../sync/document-store';
import { DeliveryFailed, deliverEvent, type DeliveryOptions } from './deliver';
import {
  DEAD_LETTER_QUEUE,
  DELIVERY_QUEUE,
  dispatchRequestEvents,
  type DeliveryJob,
} from './dispatch';
import {
  loadWebhookEvent,
  recordAttempt,
  recordDeadLetter,
  subscriptionById,
} from './webhook-store';

export const DISPATCH_QUEUE = 'webhook-dispatch';

export type WebhookJobOptions = DeliveryOptions & {
  /** Attempts after the first before a delivery goes to the dead-letter list (default 8). */
  retryLimit?: number;
  /**
   * Seconds before the first retry; each later one waits about twice as long, jittered by
   * pg-boss (default 30: retries over about four hours).
   */
  retryDelaySeconds?: number;
  /** Deliveries attempted at once (default 4). */
  concurrency?: number;
  pollingIntervalSeconds?: number;
  log: { info(message: string): void; error(error: unknown, message: string): void };
};

export type WebhookJobs = {
  /** Queues a dispatch (at most one waits; more are the same dispatch). */
  dispatchSoon(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * The webhook queues on the store's pg-boss (docs/webhooks.md): a dispatch that fans recorded
 * events out into one delivery job per subscription, run when requests change (NOTIFY), every
 * minute as a catch-up, and when sent; the deliveries, retried with jittered exponential
 * backoff; and the dead-letter queue, whose jobs are entered in the delivery log's list.
 */
export async function startWebhookJobs(
  boss: PgBoss,
  database: Database,
  options: WebhookJobOptions,
): Promise<WebhookJobs> {
  const { log } = options;
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retentionDays: 30 });
  await boss.createQueue(DELIVERY_QUEUE, {
    name: DELIVERY_QUEUE,
    retryLimit: options.retryLimit ?? 8,
    retryDelay: options.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: 60,
    deadLetter: DEAD_LETTER_QUEUE,
  });
  await boss.createQueue(DISPATCH_QUEUE, { name: DISPATCH_QUEUE, policy: 'stately' });
  await boss.schedule(DISPATCH_QUEUE, '* * * * *', {}, { tz: 'UTC' });

  const deliveryWorkers: string[] = [];
  await boss.work(DISPATCH_QUEUE, polling, async () => {
    const summary = await dispatchRequestEvents(database, boss);
    if (summary.deliveries + summary.retried > 0) {
      log.info(
        `webhooks: ${summary.deliveries} deliveries of ${summary.events} events queued` +
          (summary.retried > 0 ? `, ${summary.retried} retried` : ''),
      );
      for (const worker of deliveryWorkers) boss.notifyWorker(worker);
    }
  });
  for (let i = 0; i < (options.concurrency ?? 4); i += 1) {
    deliveryWorkers.push(
      await boss.work<DeliveryJob>(DELIVERY_QUEUE, polling, async ([job]) => {
        if (job) await deliver(job.data);
      }),
    );
  }
  await boss.work<DeliveryJob>(DEAD_LETTER_QUEUE, polling, async (jobs) => {
    for (const job of jobs) {
      await recordDeadLetter(database, job.data.subscriptionId, job.data.eventSeq);
      log.error(
        new Error(`delivery of event ${job.data.eventSeq} failed every retry`),
        `webhook ${job.data.subscriptionId}: on the dead-letter list`,
      );
    }
  });

  async function deliver({ subscriptionId, eventSeq }: DeliveryJob): Promise<void> {
    const subscription = await subscriptionById(database, subscriptionId);
    // Removed since it was queued, or the event pruned: nothing to deliver.
    if (!subscription || subscription.removedAt !== null) return;
    const event = await loadWebhookEvent(database, eventSeq);
    if (!event) return;
    try {
      const { status } = await deliverEvent(subscription, event, options);
      await recordAttempt(database, subscriptionId, eventSeq, { delivered: true, status });
    } catch (error) {
      const failure =
        error instanceof DeliveryFailed ? error : new DeliveryFailed(String(error), null);
      await recordAttempt(database, subscriptionId, eventSeq, {
        delivered: false,
        status: failure.status,
        error: failure.message,
      });
      throw failure;
    }
  }

  async function dispatchSoon() {
    try {
      await boss.send(DISPATCH_QUEUE, {});
    } catch (error) {
      log.error(error, 'webhooks: the dispatch could not be queued; the minute’s run catches up');
    }
  }

  const unlisten = await database.listen(CHANGE_CHANNEL, {
    onNotify: (collection) => {
      if (collection === 'requests') void dispatchSoon();
    },
    onReconnect: () => void dispatchSoon(),
  });
  await dispatchSoon();

  return {
    dispatchSoon,
    async stop() {
      await unlisten();
    },
  };
}
