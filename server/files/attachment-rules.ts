/** The largest file the store keeps with a request (proof of performance: scans, lead lists). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The kinds of file a request may carry, and how each one's content begins. */
export const attachmentMediaTypes = {
  'application/pdf': { extensions: ['pdf'], starts: [[0x25, 0x50, 0x44, 0x46]] },
  'image/png': { extensions: ['png'], starts: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], starts: [[0xff, 0xd8, 0xff]] },
  'text/csv': { extensions: ['csv'], starts: [] },
  // An .xlsx is a ZIP archive.
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    starts: [[0x50, 0x4b, 0x03, 0x04]],
  },
} as const satisfies Record<string, { extensions: readonly string[]; starts: readonly number[][] }>;

export type AttachmentMediaType = keyof typeof attachmentMediaTypes;

export const isAttachmentMediaType = (value: string): value is AttachmentMediaType =>
  Object.hasOwn(attachmentMediaTypes, value);

/** What is wrong with an upload, with the HTTP status it earns; null when it may be kept. */
export type UploadRefusal = { status: 400 | 413 | 415; message: string };

/**
 * Checks an upload before anything is stored: a kind of file on the list (by its declared media
 * type, whose parameters such as `charset` are ignored), a name with that kind's extension, a
 * size within the limit, and content that begins as that kind does (a CSV is text: no NUL byte),
 * so a renamed executable is not served back as a PDF.
 */
export function uploadRefusal(
  declaredType: string,
  fileName: string,
  content: Uint8Array,
): UploadRefusal | null {
  const mediaType = mediaTypeOf(declaredType);
  if (!isAttachmentMediaType(mediaType)) {
    return {
      status: 415,
      message: `Files of type ${mediaType || '(none)'} cannot be kept; send a PDF, PNG, JPEG, CSV or XLSX file.`,
    };
  }
  if (content.byteLength > MAX_ATTACHMENT_BYTES) {
    return {
      status: 413,
      message: `The file has ${content.byteLength} bytes; the limit is ${MAX_ATTACHMENT_BYTES}.`,
    };
  }
  if (content.byteLength === 0) return { status: 400, message: 'The file is empty.' };
  const kind = attachmentMediaTypes[mediaType];
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!(kind.extensions as readonly string[]).includes(extension)) {
    return {
      status: 400,
      message: `A ${mediaType} file's name must end in .${kind.extensions.join(' or .')}.`,
    };
  }
  const begins = (start: readonly number[]) =>
    start.every((byte, index) => content[index] === byte);
  const looksRight =
    kind.starts.length === 0 ? !content.includes(0) : kind.starts.some((start) => begins(start));
  if (!looksRight) {
    return { status: 400, message: `The content is not a ${mediaType} file.` };
  }
  return null;
}

/** The media type without parameters, lower case: `text/csv; charset=utf-8` → `text/csv`. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
