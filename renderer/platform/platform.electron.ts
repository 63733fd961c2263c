import type {
  CamDeskBridge,
  IpcChannel,
  IpcRequest,
  IpcResponses,
} from '../../shared/platform/ipc';
import type { Platform } from '../../shared/platform/platform';

declare global {
  // Declaration merging onto the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    camDesk: CamDeskBridge;
  }
}

async function invoke<Channel extends IpcChannel>(
  channel: Channel,
  request: IpcRequest<Channel>,
): Promise<IpcResponses[Channel]> {
  const result = await window.camDesk.invoke(channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** In the desktop app every host service goes through the preload bridge (shared/platform/ipc). */
export const platform: Platform = {
  kind: 'electron',
  storeConnection: () => invoke('store:connection', null),
  appInfo: () => invoke('app:info', null),
  auth: {
    signIn: (storeUrl) => invoke('auth:sign-in', { storeUrl }).then(() => undefined),
    resume: (storeUrl) => invoke('auth:resume', { storeUrl }),
    accessToken: () => invoke('auth:access-token', null),
    signOut: () => invoke('auth:sign-out', null).then(() => undefined),
  },
  saveFile: (file) => invoke('file:save', file),
  savePdf: (report) => invoke('report:save-pdf', report),
  notify: (notification) => invoke('notification:show', notification),
  // Main shows notifications itself; the operating system's settings decide the rest.
  allowNotifications: () => Promise.resolve(true),
};
