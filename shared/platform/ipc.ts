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

export const ipcRequestSchemas = {
  'store:connection': Type.Null(),
  'app:info': Type.Null(),
  'auth:sign-in': StoreUrl,
  'auth:resume': StoreUrl,
  'auth:access-token': Type.Null(),
  'auth:sign-out': Type.Null(),
} satisfies Record<string, TSchema>;

export type IpcResponses = {
  'store:connection': StoreConnection;
  'app:info': AppInfo;
  'auth:sign-in': null;
  'auth:resume': boolean;
  'auth:access-token': string | null;
  'auth:sign-out': null;
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
