import { contextBridge, ipcRenderer } from 'electron';
import {
  ipcChannels,
  type CamDeskBridge,
  type IpcChannel,
  type IpcRequest,
  type IpcResponses,
  type IpcResult,
} from '../shared/platform/ipc';

/**
 * The renderer's only door to the main process. Runs sandboxed, so it is bundled to one
 * CommonJS file (shared/ inlined) and may require nothing but `electron`.
 */

const allowedChannels = new Set<string>(ipcChannels);

const bridge = {
  invoke<Channel extends IpcChannel>(
    channel: Channel,
    request: IpcRequest<Channel>,
  ): Promise<IpcResult<IpcResponses[Channel]>> {
    // The page is plain JavaScript at run time: its channel names are not checked by the compiler.
    if (!allowedChannels.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid_request', message: `Unknown IPC channel "${channel}"` },
      });
    }
    return ipcRenderer.invoke(channel, request) as Promise<IpcResult<IpcResponses[Channel]>>;
  },
} satisfies CamDeskBridge;

contextBridge.exposeInMainWorld('camDesk', bridge);
