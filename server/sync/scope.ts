import { createHash } from 'node:crypto';
import type { ReplicatedCollectionName } from '../../shared/schema';

/** Where a command that names nothing in its author's scope is filed: only its author sees it. */
export const UNSCOPED_TERRITORY = 'unscoped';

/** Whose data a request may read: computed by the server from the signed-in user's own row. */
export type Scope = { userId: string; territoryIds: readonly string[] };

type ScopeRule = {
  /** SQL condition on the collection's table, over `scope.user_id` and `scope.territories`. */
  sql: string;
  /** The same rule over a document, for the live stream (a test checks both agree). */
  includes(document: Record<string, unknown>, scope: Scope): boolean;
};

const inTerritory: ScopeRule = {
  sql: 'territory_id = ANY(scope.territories)',
  includes: (document, scope) => scope.territoryIds.includes(String(document['territoryId'])),
};

const everyone: ScopeRule = { sql: 'true', includes: () => true };

/**
 * Who sees what. Partners and everything about them follow the partner's territory; a person's
 * own decisions follow them even when the request left their territory, and so do their refused
 * notes; reference data
 * (programs, products) is the same for everyone.
 */
export const scopeRules: Record<ReplicatedCollectionName, ScopeRule> = {
  territories: {
    sql: 'id = ANY(scope.territories)',
    includes: (document, scope) => scope.territoryIds.includes(String(document['id'])),
  },
  users: {
    sql: "(id = scope.user_id OR doc->'territoryIds' ?| scope.territories)",
    includes: (document, scope) =>
      document['id'] === scope.userId ||
      (Array.isArray(document['territoryIds']) &&
        document['territoryIds'].some((id) => scope.territoryIds.includes(String(id)))),
  },
  programs: everyone,
  products: everyone,
  partners: inTerritory,
  contacts: inTerritory,
  deals: inTerritory,
  requests: inTerritory,
  decisions: {
    sql: "(territory_id = ANY(scope.territories) OR doc->>'decidedBy' = scope.user_id)",
    includes: (document, scope) =>
      document['decidedBy'] === scope.userId ||
      scope.territoryIds.includes(String(document['territoryId'])),
  },
  funds: inTerritory,
  performance: inTerritory,
  // A refused note is filed under no territory (server/notes/judge-note.ts): its author sees it.
  activities: {
    sql: `(territory_id = ANY(scope.territories) OR (territory_id = '${UNSCOPED_TERRITORY}' AND doc->>'actorId' = scope.user_id))`,
    includes: (document, scope) =>
      scope.territoryIds.includes(String(document['territoryId'])) ||
      (document['territoryId'] === UNSCOPED_TERRITORY && document['actorId'] === scope.userId),
  },
};

/**
 * A short digest of a scope, carried in checkpoints: a pull whose checkpoint was made for
 * another scope is answered 409 so the client starts over with what it may see now.
 */
export function scopeFingerprint(scope: Scope): string {
  const text = [scope.userId, ...[...scope.territoryIds].sort()].join('\n');
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}
