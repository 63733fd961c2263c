import type { Request, RequestAttachment } from '../../shared/schema';
import type { Queryable } from '../db/database';
import { keepAttachmentContent, sha256Of } from '../files/attachment-store';

/** The seed's files: the content is derived from its request, so any seed run writes the same. */
type SeedFile = { description: RequestAttachment; content: Uint8Array };

const encoder = new TextEncoder();

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * An MDF claim's proof of performance, as partners send it: the attendee list of the activity
 * (UTF-8 CSV with a BOM, so a spreadsheet shows accents), one row per attendee.
 */
export function attendeeList(request: Pick<Request, 'id' | 'submittedAt'>): SeedFile {
  const seed = Number.parseInt(sha256Of(encoder.encode(request.id)).slice(0, 8), 16);
  const companies = ['Grupo Andino', 'Café Tecnología', 'Nordlicht GmbH', 'São Paulo Redes'];
  const rows = [['Attendee', 'Company', 'Role', 'Attended']];
  const count = 8 + (seed % 17);
  for (let index = 0; index < count; index += 1) {
    const company = companies[(seed + index) % companies.length] ?? 'Partner';
    rows.push([
      `Attendee ${index + 1}`,
      company,
      index % 3 === 0 ? 'IT manager' : 'Buyer, procurement',
      request.submittedAt.slice(0, 10),
    ]);
  }
  const text = `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
  const content = encoder.encode(text);
  return {
    description: {
      id: `attachment-${request.id}-attendees`,
      fileName: `attendees-${request.id}.csv`,
      mediaType: 'text/csv',
      sizeBytes: content.byteLength,
      sha256: sha256Of(content),
      uploadedAt: request.submittedAt,
    },
    content,
  };
}

/** The claim with its proof attached (the seed's MDF claims are submitted with one). */
export function withAttendeeList(request: Request): Request {
  return { ...request, attachments: [attendeeList(request).description] };
}

/**
 * Keeps the content of every file the seed's requests list (after the requests are loaded), so
 * GET /attachments/:sha256 serves them like any uploaded file.
 */
export async function loadSeedFiles(db: Queryable, requests: readonly Request[]): Promise<number> {
  let kept = 0;
  for (const request of requests) {
    if (!request.attachments.some((file) => file.id === `attachment-${request.id}-attendees`)) {
      continue;
    }
    const file = attendeeList(request);
    await keepAttachmentContent(db, file.description.sha256, 'text/csv', file.content);
    kept += 1;
  }
  return kept;
}
