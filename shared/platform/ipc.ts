import Type, { type Static, type TSchema } from 'typebox';
import type { AppInfo, StoreConnection } from './platform';

/**
 * The IPC contract, written once: each channel's request schema (validated in main) and its
 * response type. The preload bridge, the main handlers and the renderer client derive from it.
 */
const StoreUrl = Type.Object(
  { storeUrl: Type.String({ minLength: 1, maxLength: 2048, pattern: '^https?://' }) },
  { additionalProperties: false },
);

/** The largest file the renderer may ask main to save: far above any export, well below memory. */
export const MAX_SAVED_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A bare file name: no folders (main picks the folder through the dialog), no characters a
 * file system refuses, no leading dot (hidden files) and no control characters.
 */
const bareFileName = '^[^./\\\\:*?"<>|\\u0000-\\u001f][^/\\\\:*?"<>|\\u0000-\\u001f]*';
const FileName = Type.String({ minLength: 1, maxLength: 200, pattern: `${bareFileName}$` });

/** Bytes cross IPC as a structured-cloned Uint8Array; nothing else is a file's content. */
const FileBytes = Type.Refine(
  Type.Unsafe<Uint8Array>({}),
  (value: unknown) => value instanceof Uint8Array && value.byteLength <= MAX_SAVED_FILE_BYTES,
  () => `must be a Uint8Array of at most ${MAX_SAVED_FILE_BYTES} bytes`,
);

const SaveFile = Type.Object(
  {
    suggestedName: FileName,
    mediaType: Type.String({
      minLength: 3,
      maxLength: 100,
      pattern: '^[a-z]+/[a-z0-9][a-z0-9.+-]*(;\\s*charset=[a-zA-Z0-9-]+)?$',
    }),
    bytes: FileBytes,
  },
  { additionalProperties: false },
);

/** The largest report page main will print: the same bound as a saved file. */
export const MAX_REPORT_HTML_CHARS = MAX_SAVED_FILE_BYTES;

/** Header and footer templates are a line or two of markup, never a page. */
const MAX_PDF_TEMPLATE_CHARS = 20_000;

const SavePdf = Type.Object(
  {
    suggestedName: Type.String({ minLength: 5, maxLength: 200, pattern: `${bareFileName}\\.pdf$` }),
    html: Type.String({ minLength: 1, maxLength: MAX_REPORT_HTML_CHARS }),
    headerTemplate: Type.String({ maxLength: MAX_PDF_TEMPLATE_CHARS }),
    footerTemplate: Type.String({ maxLength: MAX_PDF_TEMPLATE_CHARS }),
  },
  { additionalProperties: false },
);

const Notify = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.String({ maxLength: 1000 }),
  },
  { additionalProperties: false },
);

export const ipcRequestSchemas = {
  'store:connection': Type.Null(),
  'app:info': Type.Null(),
  'auth:sign-in': StoreUrl,
  'auth:resume': StoreUrl,
  'auth:access-token': Type.Null(),
  'auth:sign-out': Type.Null(),
  'file:save': SaveFile,
  'notification:show': Notify,
  'report:save-pdf': SavePdf,
} satisfies Record<string, TSchema>;

export type IpcResponses = {
  'store:connection': StoreConnection;
  'app:info': AppInfo;
  'auth:sign-in': null;
  'auth:resume': boolean;
  'auth:access-token': string | null;
  'auth:sign-out': null;
  'file:save': { saved: boolean };
  'notification:show': boolean;
  'report:save-pdf': { saved: boolean };
};

export type IpcChannel = keyof typeof ipcRequestSchemas & keyof IpcResponses;

export type IpcRequest<Channel extends IpcChannel> = Static<(typeof ipcRequestSchemas)[Channel]>;

export type IpcError = { code: 'invalid_request' | 'forbidden_sender' | 'failed'; message: string };

export type IpcResult<Value> = { ok: true; value: Value } | { ok: false; error: IpcError };

/** The only object the preload exposes to the renderer (as `window.camDesk`). */
export type CamDeskBridge = {
  invoke<Channel extends IpcChannel>(
    channel: Channel,
    request: IpcRequest<Channel>,
  ): Promise<IpcResult<IpcResponses[Channel]>>;
};

export const ipcChannels = Object.keys(ipcRequestSchemas) as IpcChannel[];
