import type { App } from '../../server/app';
import type { Decider } from '../../server/decisions/judge-decision';
import type { Decision, Request } from '../../shared/schema';
import { replicatedCollections } from '../../shared/schema';
import {
  PROTOCOL_VERSION_HEADER,
  RESYNC,
  type Checkpoint,
  type PullResponse,
  type WireDocument,
} from '../../shared/sync/protocol';
import { tokenFor } from '../support/auth';
import { openEventStream } from '../support/sse';
import type { VisibilityOracle } from './visibility-oracle';

type Doc = Record<string, unknown> & { id: string };
type EventStream = Awaited<ReturnType<typeof openEventStream>>;

/** A live stream the client holds, with the territories its user covered when it opened. */
type LiveStream = { events: EventStream; territories: readonly string[]; read: number };

/** Something a stream must carry before it is closed: a removal or an arrival of a partner. */
type Expected = { partnerId: string; deleted: boolean; after: number };

const STREAM_WAIT_MS = 3000;

/**
 * A client that follows docs/sync-protocol.md the way the app does (checkpointed pulls, a
 * decisions outbox, reset on scope_changed), with its network in the test's hands.
 */
export class ModelClient {
  readonly local = new Map<string, Map<string, Doc>>(
    replicatedCollections.map((collection) => [collection.name, new Map()]),
  );
  readonly checkpoints = new Map<string, Checkpoint | null>();
  /** Every decision this client created, including those already answered. */
  readonly created: Decision[] = [];
  online = true;
  stream: LiveStream | undefined;
  /** What the streams carried that the oracle says this user may not see, or failed to carry. */
  readonly streamFaults: string[] = [];
  private expected: Expected[] = [];
  private readonly tokens = new WeakMap<App, string>();

  constructor(
    readonly name: string,
    readonly user: Decider,
  ) {}

  outbox(): Decision[] {
    return this.created.filter((decision) => {
      const stored = this.local.get('decisions')?.get(decision.id);
      return !stored?.['outcome'];
    });
  }

  decide(request: Request, action: Decision['action'], stepIndex: number, id: string): Decision {
    const decision: Decision = {
      id,
      requestId: request.id,
      territoryId: request.territoryId,
      stepIndex,
      action,
      comment: `${this.name} ${action}`,
      amount: null,
      decidedBy: this.user.userId,
      deviceId: this.name,
      decidedAt: '2026-11-24T10:00:00.000Z',
      outcome: null,
      updatedAt: '2026-11-24T10:00:00.000Z',
    };
    this.created.push(decision);
    this.local.get('decisions')?.set(id, decision);
    return decision;
  }

  async pullRequest(app: App, collection: string) {
    const checkpoint = this.checkpoints.get(collection);
    const query = new URLSearchParams({ limit: '50' });
    if (checkpoint) {
      query.set('seq', String(checkpoint.seq));
      if (checkpoint.scope) query.set('scope', checkpoint.scope);
    }
    return app.inject({
      url: `/sync/${collection}/pull?${query.toString()}`,
      headers: await this.headers(app),
    });
  }

  /** Applies a pull answer; false when there may be more to pull. */
  applyPull(collection: string, status: number, body: string): boolean {
    if (status === 409) {
      // scope_changed: start over from nothing, as the app does (open-session's startOver),
      // keeping this user's own decisions (sent first by the app; visible in any scope). Others'
      // decisions go with the rest: kept, they would outlive the territory that showed them.
      const mine = (id: string, document: Doc) =>
        document['decidedBy'] === this.user.userId ||
        this.created.some((decision) => decision.id === id);
      for (const [name, documents] of this.local) {
        for (const [id, document] of documents) {
          if (name !== 'decisions' || !mine(id, document)) documents.delete(id);
        }
      }
      this.checkpoints.clear();
      return false;
    }
    if (status !== 200) throw new Error(`pull ${collection} answered ${status}: ${body}`);
    const page = JSON.parse(body) as PullResponse<Doc>;
    const documents = this.local.get(collection);
    for (const document of page.documents) {
      const { _deleted, ...stored } = document;
      if (_deleted) documents?.delete(stored.id);
      else documents?.set(stored.id, stored);
    }
    this.checkpoints.set(collection, page.checkpoint);
    return page.documents.length < 50;
  }

  /** Every page of every collection from the checkpoints on, as after RESYNC. */
  async pullAll(app: App) {
    for (const collection of replicatedCollections.map((definition) => definition.name)) {
      for (let page = 0; page < 20; page += 1) {
        const response = await this.pullRequest(app, collection);
        if (this.applyPull(collection, response.statusCode, response.body)) break;
      }
    }
  }

  async openStream(url: string, app: App, oracle: VisibilityOracle) {
    if (this.stream) return;
    const token = await this.token(app);
    const events = await openEventStream(`${url}/sync/stream?protocol=4&access_token=${token}`);
    this.stream = { events, territories: oracle.territoriesOf(this.user.userId), read: 0 };
  }

  /** Takes in what the stream carried so far, in order, the way the app's replication does. */
  async drainStream(app: App, oracle: VisibilityOracle) {
    const stream = this.stream;
    if (!stream) return;
    while (stream.read < stream.events.messages.length) {
      const message = stream.events.messages[stream.read];
      stream.read += 1;
      if (!message) continue;
      if (message.data === RESYNC) {
        await this.pullAll(app);
        continue;
      }
      const batch = message.data as PullResponse<Doc>;
      for (const document of batch.documents) {
        if (document._deleted) continue;
        if (!oracle.admitsAsWritten(message.event, document, this.user.userId, stream.territories))
          this.streamFaults.push(`${this.name} streamed ${message.event} ${document.id}`);
      }
      this.applyStreamBatch(message.event, batch);
    }
  }

  /** A batch newer than the checkpoint is applied and moves it on; an older one is stale. */
  private applyStreamBatch(collection: string, batch: PullResponse<Doc>) {
    const current = this.checkpoints.get(collection);
    if (!current || !batch.checkpoint || batch.checkpoint.seq <= current.seq) return;
    const documents = this.local.get(collection);
    for (const { _deleted, ...stored } of batch.documents) {
      if (_deleted) documents?.delete(stored.id);
      else documents?.set(stored.id, stored);
    }
    this.checkpoints.set(collection, batch.checkpoint);
  }

  /** The open stream must carry this partner change (a removal when `deleted`). */
  expectOnStream(partnerId: string, deleted: boolean) {
    if (this.stream) this.expected.push({ partnerId, deleted, after: this.stream.read });
  }

  /** Waits for what the stream must still carry; notes what never came. */
  async settleStream() {
    const stream = this.stream;
    if (!stream) return;
    const deadline = Date.now() + STREAM_WAIT_MS;
    for (const expected of this.expected.splice(0)) {
      const carried = () =>
        stream.events.messages
          .slice(expected.after)
          .some(
            (message) =>
              message.event === 'partners' &&
              (message.data as PullResponse<Doc>).documents.some(
                (document) =>
                  document.id === expected.partnerId && document._deleted === expected.deleted,
              ),
          );
      while (!carried() && Date.now() < deadline) await sleep(10);
      if (!carried())
        this.streamFaults.push(
          `${this.name}'s stream never carried ${expected.deleted ? 'the removal of' : ''} ${expected.partnerId}`,
        );
    }
  }

  /** Its user's territories changed: the store must end the stream. */
  async expectStreamEnd() {
    const stream = this.stream;
    if (!stream) return;
    const ended = await Promise.race([
      stream.events.ended.then(() => true),
      sleep(STREAM_WAIT_MS).then(() => false),
    ]);
    if (!ended)
      this.streamFaults.push(`${this.name}'s stream outlived a change to its territories`);
    stream.events.close();
    this.stream = undefined;
    this.expected = [];
  }

  async closeStream(app: App, oracle: VisibilityOracle) {
    if (!this.stream) return;
    await this.settleStream();
    await this.drainStream(app, oracle);
    this.stream.events.close();
    this.stream = undefined;
  }

  async pushRequest(app: App, decisions: Decision[]) {
    return app.inject({
      method: 'POST',
      url: '/sync/decisions/push',
      headers: await this.headers(app),
      payload: decisions.map((decision) => ({
        newDocumentState: { ...decision, _deleted: false },
      })),
    });
  }

  applyPush(status: number, body: string) {
    if (status !== 200) throw new Error(`push answered ${status}: ${body}`);
    for (const stored of JSON.parse(body) as WireDocument<Decision>[]) {
      const { _deleted, ...decision } = stored;
      this.local.get('decisions')?.set(decision.id, decision);
    }
  }

  private async headers(app: App) {
    return { [PROTOCOL_VERSION_HEADER]: '4', authorization: `Bearer ${await this.token(app)}` };
  }

  /** One token per store instance: minting (ES256) for every request was a third of a history. */
  private async token(app: App) {
    const cached = this.tokens.get(app);
    if (cached) return cached;
    const token = await tokenFor(app, this.user);
    this.tokens.set(app, token);
    return token;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
