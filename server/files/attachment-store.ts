import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

export const sha256Of = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

/** Keeps a file's content by its hash (migration 013); the same content is stored once. */
export async function keepAttachmentContent(
  tx: Queryable,
  sha256: string,
  mediaType: string,
  content: Uint8Array,
): Promise<void> {
  await tx.query(
    `INSERT INTO attachment_contents (sha256, media_type, size_bytes, content)
     VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING`,
    [sha256, mediaType, content.byteLength, Buffer.from(content)],
  );
}

/**
 * A file's content and the type it was described with, when a request in one of the caller's
 * territories lists it; null otherwise (unknown and out-of-scope files answer alike).
 */
export async function attachmentVisibleTo(
  db: Queryable,
  sha256: string,
  territoryIds: readonly string[],
): Promise<{ mediaType: string; fileName: string; content: Uint8Array } | null> {
  const [row] = await db.query<{
    content: Uint8Array;
    attachment: { mediaType: string; fileName: string };
  }>(
    `SELECT c.content, a.attachment
     FROM requests r
     CROSS JOIN LATERAL jsonb_array_elements(r.doc->'attachments') AS a(attachment)
     JOIN attachment_contents c ON c.sha256 = a.attachment->>'sha256'
     WHERE NOT r.deleted AND r.territory_id = ANY($2) AND a.attachment->>'sha256' = $1
       AND r.doc->'attachments' @> jsonb_build_array(jsonb_build_object('sha256', $1::text))
     LIMIT 1`,
    [sha256, [...territoryIds]],
  );
  if (!row) return null;
  return {
    mediaType: row.attachment.mediaType,
    fileName: row.attachment.fileName,
    content: row.content,
  };
}
