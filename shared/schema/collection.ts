import type { Static, TObject } from 'typebox';
import { STORABLE_TEXT_PATTERN } from './primitives';

/**
 * One replicated collection: its document shape is written once (a TypeBox schema), and the
 * RxDB schema, the API validation and the server's table all follow from this definition.
 */
export type CollectionDefinition<Schema extends TObject = TObject, Name extends string = string> = {
  /** Collection name on the client, table name on the server, path segment on the wire. */
  name: Name;
  /** Bumped with every change to the document shape or its indexes; RxDB migrates on it. */
  version: number;
  schema: Schema;
  primaryKey: keyof Static<Schema> & string;
  indexes: ReadonlyArray<keyof Static<Schema> & string>;
  /**
   * How a document of each earlier version becomes the next one, keyed by the version it
   * produces (RxDB's migrationStrategies). The server's numbered SQL migration does the same.
   */
  upgrades?: Record<number, (previous: StoredDocument) => StoredDocument>;
};

/** A document as storage holds it, before its shape is known to match the current version. */
export type StoredDocument = Record<string, unknown>;

/**
 * The upgrade to the versions that dropped the local indexes no screen queries (the territory,
 * `updatedAt`, statuses): the document itself is unchanged. Fewer indexes make the first sync
 * write less (docs/benchmarks.md).
 */
export const leanerLocalIndexes = (document: StoredDocument): StoredDocument => document;

/** Documents of a territory-scoped collection carry `territoryId`; the server filters on it. */
export function isTerritoryScoped(definition: CollectionDefinition): boolean {
  return 'territoryId' in definition.schema.properties;
}

export function defineCollection<Schema extends TObject, const Name extends string>(
  definition: CollectionDefinition<Schema, Name>,
): CollectionDefinition<Schema, Name> {
  return definition;
}

/**
 * The JSON schema RxDB expects, derived from the definition (plain JSON, no TypeBox symbols).
 * Leaves out STORABLE_TEXT_PATTERN: RxDB refuses (DB6) to open a collection whose stored schema
 * differs at the same version, so adding it would need a version bump and a migration of every
 * collection on every laptop; the store and the app's own checks already refuse such text.
 */
export function rxJsonSchemaOf(definition: CollectionDefinition) {
  const withoutStorablePattern = (key: string, value: unknown) =>
    key === 'pattern' && value === STORABLE_TEXT_PATTERN ? undefined : value;
  const plain = JSON.parse(JSON.stringify(definition.schema, withoutStorablePattern)) as {
    properties: Record<string, unknown>;
    required?: string[];
  };
  return {
    title: definition.name,
    version: definition.version,
    primaryKey: definition.primaryKey,
    type: 'object' as const,
    properties: plain.properties,
    required: plain.required ?? [],
    indexes: [...definition.indexes],
    additionalProperties: false,
  };
}
