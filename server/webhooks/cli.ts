import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, readServerConfig } from '../config';
import { openDatabase } from '../db/open';
import type { Database } from '../db/database';
import {
  parseWebhooksArguments,
  WEBHOOKS_USAGE,
  WebhooksUsageError,
  type WebhooksCommand,
} from './cli-args';
import { checkSubscriptionDraft, SubscriptionError } from './subscription';
import {
  addSubscription,
  deliveryLog,
  listSubscriptions,
  newWebhookSecret,
  removeSubscription,
  requestRetry,
} from './webhook-store';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export type WebhooksCliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
};

/** `npm run webhooks -- ...` (docs/webhooks.md): manages subscriptions; the exit code. */
export async function main(argv: readonly string[], io: WebhooksCliIo): Promise<number> {
  let command: WebhooksCommand;
  try {
    command = parseWebhooksArguments(argv);
  } catch (error) {
    if (error instanceof WebhooksUsageError) {
      io.err(`${error.message}\n\n${WEBHOOKS_USAGE}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (command.command === 'help') {
    io.out(`${WEBHOOKS_USAGE}\n`);
    return EXIT_OK;
  }
  if (command.command === 'add') {
    // Checked before the database opens: a bad subscription needs no store to be refused.
    try {
      checkSubscriptionDraft({
        ...command.draft,
        secret: command.draft.secret ?? newWebhookSecret(),
      });
    } catch (error) {
      if (!(error instanceof SubscriptionError)) throw error;
      io.err(`${error.message}\n`);
      return EXIT_USAGE;
    }
  }
  let database: Database;
  try {
    database = await openDatabase(readServerConfig(io.env).database);
  } catch (error) {
    io.err(
      `${error instanceof ConfigError ? '' : 'The database did not open: '}${message(error)}\n`,
    );
    return EXIT_FAILED;
  }
  try {
    io.out(await run(database, command));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof SubscriptionError) {
      io.err(`${error.message}\n`);
      return EXIT_USAGE;
    }
    io.err(`The command failed: ${message(error)}\n`);
    return EXIT_FAILED;
  } finally {
    await database.close();
  }
}

async function run(
  database: Database,
  command: Exclude<WebhooksCommand, { command: 'help' }>,
): Promise<string> {
  switch (command.command) {
    case 'add': {
      const secret = command.draft.secret ?? newWebhookSecret();
      const added = await addSubscription(database, { ...command.draft, secret });
      return [
        `Subscribed ${added.id}`,
        `  url     ${added.url}`,
        `  format  ${added.format}`,
        `  events  ${added.eventTypes.join(', ') || 'all'}`,
        `  scope   ${added.territoryIds.join(', ') || 'every territory'}`,
        command.draft.secret === undefined
          ? `  secret  ${secret}   (shown once: the endpoint verifies signatures with it)`
          : '  secret  as given',
        '',
      ].join('\n');
    }
    case 'list': {
      const subscriptions = await listSubscriptions(database, {
        includeRemoved: command.includeRemoved,
      });
      if (subscriptions.length === 0) return 'No webhook subscriptions.\n';
      return `${subscriptions
        .map((s) =>
          [
            s.id,
            s.format,
            s.url,
            `events=${s.eventTypes.join(',') || 'all'}`,
            `territories=${s.territoryIds.join(',') || 'all'}`,
            `since=${s.createdAt}`,
            s.removedAt ? `removed=${s.removedAt}` : '',
          ]
            .filter(Boolean)
            .join('  '),
        )
        .join('\n')}\n`;
    }
    case 'remove':
      await removeSubscription(database, command.id);
      return `Removed ${command.id}: no further deliveries.\n`;
    case 'deliveries': {
      const log = await deliveryLog(database, { dead: command.dead, limit: command.limit });
      if (log.length === 0) {
        return command.dead ? 'The dead-letter list is empty.\n' : 'No deliveries yet.\n';
      }
      return `${log
        .map((entry) =>
          [
            `event ${entry.eventSeq}`,
            entry.eventType ?? '?',
            entry.requestId,
            entry.subscriptionId,
            `attempts=${entry.attempts}`,
            entry.deliveredAt
              ? `delivered=${entry.deliveredAt}`
              : entry.deadAt
                ? `DEAD since ${entry.deadAt}`
                : 'retrying',
            entry.lastError ? `last error: ${entry.lastError}` : '',
          ]
            .filter(Boolean)
            .join('  '),
        )
        .join('\n')}\n`;
    }
    case 'retry': {
      const count = await requestRetry(database, command.target);
      return `${count} ${count === 1 ? 'delivery' : 'deliveries'} queued again by the store's next dispatch (within a minute).\n`;
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
  });
}
