import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { ApiErrorSchema } from '../../shared/api/errors';
import {
  DEFAULT_PULL_LIMIT,
  PROTOCOL_VERSION_HEADER,
  PullQuerySchema,
  RESYNC,
  SYNC_PROTOCOL_VERSION,
  pullResponseSchema,
  pushBodySchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import { HttpError } from '../errors';
import type { ChangeFeed } from '../sync/change-feed';
import type { DocumentStore } from '../sync/document-store';

type SyncOptions = { stores: readonly DocumentStore[]; changeFeed: ChangeFeed };

const HEARTBEAT_MS = 15_000;
const errors = { 400: ApiErrorSchema, 426: ApiErrorSchema };

/** RxDB's replication protocol for each replicated collection: pull, push and a live stream. */
export const syncRoutes: FastifyPluginAsyncTypebox<SyncOptions> = async (
  app,
  { stores, changeFeed },
) => {
  app.addHook('onRequest', async (request) => {
    requireProtocolVersion(request);
  });

  for (const store of stores) {
    const { name, schema } = store.collection;
    const tags = [`sync: ${name}`];

    app.get(
      `/sync/${name}/pull`,
      {
        schema: {
          tags,
          summary: `Changes to ${name} after a checkpoint, oldest first`,
          querystring: PullQuerySchema,
          response: { 200: pullResponseSchema(schema), ...errors },
        },
      },
      async (request) => {
        const { seq, limit = DEFAULT_PULL_LIMIT } = request.query;
        return store.pull(seq === undefined ? null : { seq }, limit);
      },
    );

    app.post(
      `/sync/${name}/push`,
      {
        schema: {
          tags,
          summary: `Write ${name}; answers the server state of every row that conflicted`,
          body: pushBodySchema(schema),
          response: { 200: pushResponseSchema(schema), ...errors },
        },
      },
      async (request) => store.push(request.body as Parameters<typeof store.push>[0]),
    );
  }

  app.get(
    '/sync/stream',
    {
      schema: {
        tags: ['sync'],
        summary:
          'Server-sent events for every collection: "RESYNC" on connect, then each batch of changes as an event named after its collection',
        produces: ['text/event-stream'],
      },
    },
    (request, reply) => {
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        ...corsHeaders(reply.getHeaders()),
      });
      // A (re)connected client may have missed changes: RESYNC makes it re-pull from its checkpoint.
      stream.write(`retry: 2000\ndata: ${JSON.stringify(RESYNC)}\n\n`);
      const unsubscribes = stores.map(({ collection }) =>
        changeFeed.subscribe(collection.name, (batch) => {
          stream.write(`event: ${collection.name}\ndata: ${JSON.stringify(batch)}\n\n`);
        }),
      );
      const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        for (const unsubscribe of unsubscribes) unsubscribe();
      });
    },
  );
};

/** The stream is hijacked, so headers set by plugins (CORS) are copied over by hand. */
function corsHeaders(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([key]) => key.startsWith('access-control-') || key === 'vary')
      .map(([key, value]) => [key, String(value)]),
  );
}

/**
 * Clients name the protocol they speak (header, or `protocol` in the query for EventSource, which
 * cannot set headers). Anything else is answered 426 so an outdated client stops instead of
 * corrupting data.
 */
function requireProtocolVersion(request: FastifyRequest) {
  const header = request.headers[PROTOCOL_VERSION_HEADER];
  const query = (request.query as Record<string, unknown> | undefined)?.['protocol'];
  const spoken = typeof header === 'string' ? header : typeof query === 'string' ? query : '';
  if (spoken !== String(SYNC_PROTOCOL_VERSION)) {
    throw new HttpError(
      426,
      'update_required',
      `This store speaks sync protocol ${SYNC_PROTOCOL_VERSION}; the client sent "${spoken || 'none'}". Update the app.`,
    );
  }
}
