import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import { ApiErrorSchema } from '../../shared/api/errors';
import { activitiesCollection, decisionsCollection } from '../../shared/schema';
import {
  DEFAULT_PULL_LIMIT,
  PROTOCOL_VERSION_HEADER,
  PullQuerySchema,
  RESYNC,
  STREAM_HEADS_EVENT,
  STREAM_RETRY_MS,
  SYNC_PROTOCOL_VERSION,
  pullResponseSchema,
  pushBodySchema,
  pushResponseSchema,
  type StreamHeads,
} from '../../shared/sync/protocol';
import type { DecisionService } from '../decisions/decision-service';
import type { Decider } from '../decisions/judge-decision';
import type { NoteService } from '../notes/note-service';
import { HttpError } from '../errors';
import type { ChangeFeed } from '../sync/change-feed';
import type { DocumentStore } from '../sync/document-store';
import { scopeFingerprint, type Scope } from '../sync/scope';

/** Resolves who is calling from the request's credentials; throws HttpError 401 when it can't. */
export type Identify = (request: FastifyRequest) => Promise<Decider>;

type SyncOptions = {
  stores: readonly DocumentStore[];
  changeFeed: ChangeFeed;
  decisions: DecisionService;
  notes: NoteService;
  identify: Identify;
  /** The last change number of every collection (server/sync/stream-heads.ts). */
  heads: () => Promise<Record<string, number>>;
};

const HEARTBEAT_MS = 15_000;
/** What every sync route can answer besides success: credentials, protocol, database outage. */
const errors = {
  401: ApiErrorSchema,
  426: ApiErrorSchema,
  503: ApiErrorSchema,
};
const pullErrors = { ...errors, 400: ApiErrorSchema, 409: ApiErrorSchema };
const pushErrors = { ...errors, 400: ApiErrorSchema, 413: ApiErrorSchema, 415: ApiErrorSchema };

/**
 * RxDB's replication protocol for each collection, scoped to the caller: pull by checkpoint,
 * push of the commands clients write (decisions, and notes in activities), and one live stream
 * for all collections.
 */
export const syncRoutes: FastifyPluginAsyncTypebox<SyncOptions> = async (
  app,
  { stores, changeFeed, decisions, notes, identify, heads },
) => {
  const callers = new WeakMap<FastifyRequest, Decider>();
  app.addHook('onRequest', async (request) => {
    requireProtocolVersion(request);
    callers.set(request, await identify(request));
  });
  // A store that stops (a deploy, a restart) ends its streams first: a stream never ends by
  // itself, so closing would otherwise wait on every one; the clients reconnect with backoff.
  const openStreams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const stream of openStreams) stream.end();
  });
  const callerOf = (request: FastifyRequest): Decider => {
    const caller = callers.get(request);
    if (!caller) throw new HttpError(401, 'unauthorized', 'Sign in to sync');
    return caller;
  };

  for (const store of stores) {
    const { name, schema } = store.collection;
    const tags = [`sync: ${name}`];

    app.get(
      `/sync/${name}/pull`,
      {
        schema: {
          tags,
          summary: `Changes to ${name} the caller may see, after a checkpoint, oldest first`,
          querystring: PullQuerySchema,
          response: { 200: pullResponseSchema(schema), ...pullErrors },
        },
      },
      async (request, reply) => {
        // The schema let through decimal digits only, within range: Number() reads them exactly.
        const { seq: seqText, limit: limitText, scope: checkpointScope } = request.query;
        const seq = seqText === undefined ? undefined : Number(seqText);
        const limit = limitText === undefined ? DEFAULT_PULL_LIMIT : Number(limitText);
        const scope = scopeOf(callerOf(request));
        const fingerprint = scopeFingerprint(scope);
        if (checkpointScope !== undefined && checkpointScope !== fingerprint) {
          throw new HttpError(
            409,
            'scope_changed',
            'What you may see has changed (territory or role). Start over from an empty checkpoint.',
          );
        }
        const page = await store.pullText(seq === undefined ? null : { seq }, limit, scope);
        const checkpoint = page.checkpoint && { ...page.checkpoint, scope: fingerprint };
        return sendJsonText(
          reply,
          `{"documents":${page.documents},"checkpoint":${JSON.stringify(checkpoint)}}`,
        );
      },
    );

    if (name === decisionsCollection.name) {
      app.post(
        `/sync/${name}/push`,
        {
          schema: {
            tags,
            summary:
              'Submit decisions (commands). Answers the stored state of each, with its outcome',
            // The decisions schema itself, not the loop's generic one: the body arrives typed.
            body: pushBodySchema(decisionsCollection.schema),
            response: { 200: pushResponseSchema(decisionsCollection.schema), ...pushErrors },
          },
        },
        async (request) => decisions.submit(request.body, callerOf(request)),
      );
    } else if (name === activitiesCollection.name) {
      app.post(
        `/sync/${name}/push`,
        {
          schema: {
            tags,
            summary:
              'Submit notes (commands; other kinds are refused). Answers the stored state of each, with its outcome',
            body: pushBodySchema(activitiesCollection.schema),
            response: { 200: pushResponseSchema(activitiesCollection.schema), ...pushErrors },
          },
        },
        async (request) => notes.submit(request.body, callerOf(request)),
      );
    } else {
      const refuseWrite = async () => {
        throw new HttpError(
          403,
          'read_only',
          `Clients cannot write ${name}: changes reach the store as decisions on requests.`,
        );
      };
      app.post(
        `/sync/${name}/push`,
        {
          // Refused before the body is read: whatever was sent (not JSON, another type, too
          // large), the answer is the documented 403, not a parser's 400, 413 or 415.
          onRequest: refuseWrite,
          schema: {
            tags,
            summary: `${name} are read-only for clients`,
            response: { 403: ApiErrorSchema, ...errors },
          },
        },
        refuseWrite,
      );
    }
  }

  app.get(
    '/sync/stream',
    {
      schema: {
        tags: ['sync'],
        summary:
          'Server-sent events for every collection the caller may see: "RESYNC" on connect, then each batch of changes as an event named after its collection',
        // The events are text/event-stream; a refusal before the stream opens is JSON.
        response: {
          200: {
            description: 'The event stream',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          ...Object.fromEntries(
            Object.entries(errors).map(([status, schema]) => [
              status,
              { description: 'Refused', content: { 'application/json': { schema } } },
            ]),
          ),
        },
      },
    },
    (request, reply) => {
      const caller = callerOf(request);
      const scope = scopeOf(caller);
      reply.hijack();
      const stream = reply.raw;
      openStreams.add(stream);
      stream.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        ...corsHeaders(reply.getHeaders()),
      });
      const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
      let open = true;
      // Until greeted (below), the stream is not ended: the client must learn it has to pull.
      let greeted: Promise<void> = Promise.resolve();
      const end = () => void greeted.then(() => stream.end());
      // The stream lives no longer than the token that opened it: the client reconnects with a
      // fresh one, and a revoked user gets nothing more.
      const expiresIn = (request.identityExpiresAt ?? Number.POSITIVE_INFINITY) - Date.now();
      const expiry = Number.isFinite(expiresIn)
        ? setTimeout(end, Math.max(0, expiresIn))
        : undefined;
      const unsubscribe = changeFeed.subscribe({
        scope,
        deliver(collection, batch) {
          stream.write(`event: ${collection}\ndata: ${JSON.stringify(batch)}\n\n`);
          // The caller's own record changed (role, territories): end the stream so the client
          // reconnects under its new scope instead of receiving what it may no longer see.
          if (collection === 'users' && batch.documents.some((doc) => isUser(doc, caller.userId))) {
            end();
          }
        },
        // The store lost its LISTEN and may have missed changes: same as on connect, without
        // heads (the client must pull every collection).
        resync: () => stream.write(`data: ${JSON.stringify(RESYNC)}\n\n`),
      });
      // A (re)connected client may have missed changes: RESYNC makes it re-pull from its
      // checkpoints. The heads before it, read only now that every later change reaches this
      // stream, let it skip the collections it is caught up with; without them (the database
      // away) it pulls them all.
      greeted = heads()
        .then(
          (seq) => {
            const event: StreamHeads = { scope: scopeFingerprint(scope), seq };
            return `event: ${STREAM_HEADS_EVENT}\ndata: ${JSON.stringify(event)}\n\n`;
          },
          () => '',
        )
        .then((headsEvent) => {
          if (!open || stream.writableEnded) return;
          stream.write(
            `retry: ${STREAM_RETRY_MS}\n\n${headsEvent}data: ${JSON.stringify(RESYNC)}\n\n`,
          );
        });
      request.raw.on('close', () => {
        open = false;
        openStreams.delete(stream);
        clearInterval(heartbeat);
        clearTimeout(expiry);
        unsubscribe();
      });
    },
  );
};

function scopeOf(caller: Decider): Scope {
  return { userId: caller.userId, territoryIds: caller.territoryIds };
}

function isUser(document: unknown, userId: string): boolean {
  return (
    typeof document === 'object' && document !== null && 'id' in document && document.id === userId
  );
}

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
  // The hook runs before the route's schema has checked the query: read it as the unknown it is.
  const query: unknown = request.query;
  const fromQuery =
    typeof query === 'object' && query !== null && 'protocol' in query ? query.protocol : undefined;
  const spoken =
    typeof header === 'string' ? header : typeof fromQuery === 'string' ? fromQuery : '';
  if (spoken !== String(SYNC_PROTOCOL_VERSION)) {
    throw new HttpError(
      426,
      'update_required',
      `This store speaks sync protocol ${SYNC_PROTOCOL_VERSION}; the client sent "${spoken || 'none'}". Update the app.`,
    );
  }
}

/**
 * Sends a body that is already JSON: Fastify sends a string with a JSON content type as it is,
 * without the response schema's serialiser (the schema still documents the route).
 */
function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
