import type { App } from '../../server/app';
import type { Decider } from '../../server/decisions/judge-decision';
import type { Decision, Request } from '../../shared/schema';
import { replicatedCollections } from '../../shared/schema';
import {
  PROTOCOL_VERSION_HEADER,
  type Checkpoint,
  type PullResponse,
  type WireDocument,
} from '../../shared/sync/protocol';
import { tokenFor } from '../support/auth';

type Doc = Record<string, unknown> & { id: string };

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
      // scope_changed: start over from nothing, keeping unsent decisions.
      for (const [name, documents] of this.local) {
        if (name !== 'decisions') documents.clear();
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
    return {
      [PROTOCOL_VERSION_HEADER]: '1',
      authorization: `Bearer ${await tokenFor(app, this.user)}`,
    };
  }
}
