import Type, {
  type Static,
  type TObject,
  type TProperties,
  type TSchema,
  type TUnsafe,
} from 'typebox';

/**
 * The replication wire format (docs/sync-protocol.md). A client sends its protocol version in
 * `PROTOCOL_VERSION_HEADER`; the server answers 426 to versions it no longer speaks.
 */
export const SYNC_PROTOCOL_VERSION = 4;
export const PROTOCOL_VERSION_HEADER = 'x-prm-protocol';

export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_PULL_LIMIT = 200;
export const MAX_PUSH_ROWS = 500;

/**
 * The highest change number a checkpoint may name: 15 digits, below Number.MAX_SAFE_INTEGER and
 * PostgreSQL's bigint, so a number from the query string is exact in JavaScript and in SQL.
 */
export const MAX_SEQ = 999_999_999_999_999;

/**
 * Numbers in a query string are decimal digits and nothing else. They are strings to the
 * validator on purpose: converting them to integers first would truncate `1.5` to 1 and read
 * `1e3` as 1000 (TypeBox's Value.Convert), and let a number too large for bigint through.
 */
export const SEQ_TEXT_PATTERN = '^(0|[1-9][0-9]{0,14})$';
export const LIMIT_TEXT_PATTERN = '^([1-9][0-9]{0,2}|[1-4][0-9]{3}|5000)$';
const SeqText = Type.String({
  pattern: SEQ_TEXT_PATTERN,
  description: `A change number: 0 to ${String(MAX_SEQ)}, in decimal digits`,
});
const LimitText = Type.String({
  pattern: LIMIT_TEXT_PATTERN,
  description: `How many documents at most: 1 to ${String(MAX_PULL_LIMIT)}, in decimal digits`,
});

/** Position in the server's change feed: every change gets the next `seq`, in commit order. */
export const CheckpointSchema = Type.Object(
  {
    seq: Type.Integer({ minimum: 0, maximum: MAX_SEQ }),
    /** The scope the checkpoint was made for (see docs/sync-protocol.md). */
    scope: Type.Optional(Type.String({ maxLength: 32 })),
  },
  { additionalProperties: false },
);
export type Checkpoint = Static<typeof CheckpointSchema>;

export const PullQuerySchema = Type.Object(
  {
    seq: Type.Optional(SeqText),
    limit: Type.Optional(LimitText),
    /** The scope fingerprint of the checkpoint the client pulls from. */
    scope: Type.Optional(Type.String({ maxLength: 32 })),
    /** The protocol version, for clients that cannot set PROTOCOL_VERSION_HEADER. */
    protocol: Type.Optional(Type.String({ maxLength: 8 })),
  },
  { additionalProperties: false },
);

/** RxDB's deletion flag, which every document carries on the wire. */
const DeletionFlag = { _deleted: Type.Boolean() };

/** A document as it travels: the collection's shape plus RxDB's deletion flag. */
export function wireDocumentSchema<Properties extends TProperties>(schema: TObject<Properties>) {
  return Type.Object({ ...schema.properties, ...DeletionFlag }, { additionalProperties: false });
}

/*
 * The envelopes are written once, around any document schema: the collection's wire document
 * for validation and the routes, or a stand-in for code that knows the document's type but not
 * its schema (the types below), so the two cannot drift apart.
 */
function pullEnvelope<Document extends TSchema>(document: Document) {
  return Type.Object(
    {
      documents: Type.Array(document),
      checkpoint: Type.Union([CheckpointSchema, Type.Null()]),
    },
    { additionalProperties: false },
  );
}

function streamEnvelope<Document extends TSchema>(document: Document) {
  return Type.Object(
    { documents: Type.Array(document), checkpoint: CheckpointSchema },
    { additionalProperties: false },
  );
}

function pushRowEnvelope<Document extends TSchema>(document: Document) {
  return Type.Object(
    { assumedMasterState: Type.Optional(document), newDocumentState: document },
    { additionalProperties: false },
  );
}

/** A pull answer: changes oldest first, and the checkpoint to pull from next. */
export function pullResponseSchema<Properties extends TProperties>(schema: TObject<Properties>) {
  return pullEnvelope(wireDocumentSchema(schema));
}

/** A live stream event's data: a pull answer whose checkpoint is always set. */
export function streamBatchSchema<Properties extends TProperties>(schema: TObject<Properties>) {
  return streamEnvelope(wireDocumentSchema(schema));
}

export function pushBodySchema<Properties extends TProperties>(schema: TObject<Properties>) {
  return Type.Array(pushRowEnvelope(wireDocumentSchema(schema)), {
    minItems: 1,
    maxItems: MAX_PUSH_ROWS,
  });
}

/** The push answer: the stored state of every pushed row, with its outcome. */
export function pushResponseSchema<Properties extends TProperties>(schema: TObject<Properties>) {
  return Type.Array(wireDocumentSchema(schema));
}

/** The same shapes for a document type (`Doc` is the `Static` of a collection's schema). */
export type WireDocument<Doc> = Doc & Static<TObject<typeof DeletionFlag>>;
type Stand<Doc> = TUnsafe<WireDocument<Doc>>;
export type PullResponse<Doc> = Static<ReturnType<typeof pullEnvelope<Stand<Doc>>>>;
export type StreamBatch<Doc> = Static<ReturnType<typeof streamEnvelope<Stand<Doc>>>>;
export type PushRow<Doc> = Static<ReturnType<typeof pushRowEnvelope<Stand<Doc>>>>;

/**
 * The live stream (`GET /sync/stream`, server-sent events) sends RESYNC as an unnamed event when
 * a client connects, and each batch of changes as an event named after its collection whose data
 * is a PullResponse.
 */
export const RESYNC = 'RESYNC';

/** The stream's `retry:` hint: the least a client waits before reconnecting it. */
export const STREAM_RETRY_MS = 2000;

/**
 * The stream's `heads` event, sent on every connection just before its RESYNC: the last change
 * number of each collection, read after the stream subscribed to the change feed, and the
 * caller's scope fingerprint. A client whose checkpoint for a collection is made for that scope
 * and is at or past its head has nothing to pull there: every later change comes on the stream.
 */
export const STREAM_HEADS_EVENT = 'heads';
export const StreamHeadsSchema = Type.Object(
  {
    scope: Type.String({ maxLength: 32 }),
    seq: Type.Record(
      Type.String({ maxLength: 64 }),
      Type.Integer({ minimum: 0, maximum: MAX_SEQ }),
    ),
  },
  { additionalProperties: false },
);
export type StreamHeads = Static<typeof StreamHeadsSchema>;
