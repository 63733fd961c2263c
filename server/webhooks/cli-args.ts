import { parseArgs } from 'node:util';
import { webhookEventTypes, type WebhookEventType } from './event-types';
import { webhookFormats, type SubscriptionDraft, type WebhookFormat } from './subscription';

export const WEBHOOKS_USAGE = `Usage: npm run webhooks -- <command> [options]

Commands (on the store's own database: DATABASE_URL, else PRM_DATA_DIR's PGlite, which only
one process may open: stop an embedded store first):
  add --url <url> --format json|slack|teams [--secret <text>] [--events <a,b>] [--territory <id>]...
                       subscribe an endpoint; prints its id and secret (made when not given)
  list                 the active subscriptions (--all: with removed ones)
  remove <id>          stop deliveries to a subscription
  deliveries [--dead] [--limit <n>]
                       the delivery log, newest first (--dead: the dead-letter list)
  retry <id> <event>   deliver a dead event again (--dead: every dead one)
  --help               this text

Event types (--events; default all): ${webhookEventTypes.join(', ')}

Exit codes: 0 done, 1 failed (database unreachable), 2 bad arguments or an unknown id.`;

/** Wrong, missing or conflicting flags: exit code 2, nothing changed. */
export class WebhooksUsageError extends Error {}

export type WebhooksCommand =
  | { command: 'help' }
  | { command: 'add'; draft: Omit<SubscriptionDraft, 'secret'> & { secret: string | undefined } }
  | { command: 'list'; includeRemoved: boolean }
  | { command: 'remove'; id: string }
  | { command: 'deliveries'; dead: boolean; limit: number }
  | { command: 'retry'; target: { subscriptionId: string; eventSeq: string } | 'dead' };

const options = {
  url: { type: 'string' },
  format: { type: 'string' },
  secret: { type: 'string' },
  events: { type: 'string' },
  territory: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  dead: { type: 'boolean' },
  limit: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Which flags each command takes; any other is refused, not ignored. */
const allowed: Record<string, readonly (keyof typeof options)[]> = {
  add: ['url', 'format', 'secret', 'events', 'territory'],
  list: ['all'],
  remove: [],
  deliveries: ['dead', 'limit'],
  retry: ['dead'],
};

export function parseWebhooksArguments(argv: readonly string[]): WebhooksCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new WebhooksUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  const flags = allowed[command];
  if (!flags) throw new WebhooksUsageError(`Unknown command "${command}"`);
  const extra = Object.keys(values).find((flag) => !(flags as readonly string[]).includes(flag));
  if (extra !== undefined) throw new WebhooksUsageError(`${command} does not take --${extra}`);
  const positional = (count: number, names: string) => {
    if (rest.length !== count) {
      throw new WebhooksUsageError(
        count === 0 ? `${command} takes no ${names}` : `${command} takes ${names}`,
      );
    }
    return rest;
  };
  switch (command) {
    case 'add': {
      positional(0, 'positional arguments');
      if (!values.url) throw new WebhooksUsageError('add needs --url');
      const format = values.format;
      if (!format || !(webhookFormats as readonly string[]).includes(format)) {
        throw new WebhooksUsageError(`add needs --format ${webhookFormats.join('|')}`);
      }
      return {
        command,
        draft: {
          url: values.url,
          format: format as WebhookFormat,
          secret: values.secret,
          eventTypes: listOf(values.events) as WebhookEventType[],
          territoryIds: values.territory ?? [],
        },
      };
    }
    case 'list':
      positional(0, 'positional arguments');
      return { command, includeRemoved: values.all === true };
    case 'remove': {
      const [id] = positional(1, 'one subscription id');
      return { command, id: id ?? '' };
    }
    case 'deliveries': {
      positional(0, 'positional arguments');
      const limit = values.limit === undefined ? 100 : Number(values.limit);
      if (!/^\d{1,5}$/.test(values.limit ?? '100') || limit < 1 || limit > 10_000) {
        throw new WebhooksUsageError(`--limit must be a whole number from 1 to 10000`);
      }
      return { command, dead: values.dead === true, limit };
    }
    default: {
      if (values.dead) {
        positional(0, 'no ids with --dead');
        return { command: 'retry', target: 'dead' };
      }
      const [subscriptionId, eventSeq] = positional(2, 'a subscription id and an event number');
      if (!eventSeq || !/^[1-9]\d{0,17}$/.test(eventSeq)) {
        throw new WebhooksUsageError(`"${eventSeq ?? ''}" is not an event number`);
      }
      return { command: 'retry', target: { subscriptionId: subscriptionId ?? '', eventSeq } };
    }
  }
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
