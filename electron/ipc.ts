import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { Compile } from 'typebox/compile';
import {
  ipcChannels,
  ipcRequestSchemas,
  type IpcChannel,
  type IpcError,
  type IpcRequest,
  type IpcResponses,
  type IpcResult,
} from '../shared/platform/ipc';
import type {
  DesktopNotification,
  PlatformAuth,
  SaveFileRequest,
  SavePdfRequest,
  StoreConnection,
} from '../shared/platform/platform';
import { isAppUrl } from './app-protocol';
import { showDesktopNotification } from './desktop-notification';
import { saveReportPdf } from './report-pdf';
import { saveFileWithDialog } from './save-file';

/** Who asked: the window the request came from, already checked to be one of ours. */
export type IpcSender = { window: Electron.BrowserWindow | null };

/** One handler per channel of the contract: a channel without one does not compile. */
export type IpcHandlers = {
  [Channel in IpcChannel]: (
    request: IpcRequest<Channel>,
    sender: IpcSender,
  ) => IpcResponses[Channel] | Promise<IpcResponses[Channel]>;
};

/** What the shell does for the page with the operating system: files and notifications. */
export type DesktopServices = {
  saveFile(
    file: SaveFileRequest,
    window: Electron.BrowserWindow | null,
  ): Promise<{ saved: boolean }>;
  notify(notification: DesktopNotification): boolean;
  savePdf(
    report: SavePdfRequest,
    window: Electron.BrowserWindow | null,
  ): Promise<{ saved: boolean }>;
};

const nativeServices: DesktopServices = {
  saveFile: saveFileWithDialog,
  notify: showDesktopNotification,
  savePdf: (report, window) => saveReportPdf(report, window, saveFileWithDialog),
};

export function ipcHandlers(
  connection: StoreConnection,
  auth: PlatformAuth,
  desktop: DesktopServices = nativeServices,
): IpcHandlers {
  /**
   * Main chose the store; the renderer only echoes it. A compromised renderer naming another
   * URL would otherwise send the user to sign in at an issuer of its choosing.
   */
  const ownStore = (storeUrl: string): string => {
    if (storeUrl !== connection.storeUrl) {
      throw new Error(
        `Sign-in is only to this app's store (${connection.storeUrl}), not ${storeUrl}`,
      );
    }
    return storeUrl;
  };
  return {
    'store:connection': () => connection,
    'app:info': () => ({ version: app.getVersion(), locale: app.getLocale() }),
    'auth:sign-in': async ({ storeUrl }) => {
      await auth.signIn(ownStore(storeUrl));
      return null;
    },
    'auth:resume': ({ storeUrl }) => auth.resume(ownStore(storeUrl)),
    'auth:access-token': () => auth.accessToken(),
    'auth:sign-out': async () => {
      await auth.signOut();
      return null;
    },
    'file:save': (file, { window }) => desktop.saveFile(file, window),
    'notification:show': (notification) => desktop.notify(notification),
    'report:save-pdf': (report, { window }) => desktop.savePdf(report, window),
  };
}

/**
 * Whether a window is one the shell created (see windows.ts). Typed with Electron's base class,
 * which `BrowserWindow.fromWebContents` returns, rather than the module export's subclass.
 */
export type OwnWindowCheck = (window: Electron.BrowserWindow | null) => boolean;

export function registerIpcHandlers(handlers: IpcHandlers, isOwnWindow: OwnWindowCheck): void {
  for (const channel of ipcChannels) registerChannel(channel, handlers[channel], isOwnWindow);
}

function registerChannel<Channel extends IpcChannel>(
  channel: Channel,
  handler: IpcHandlers[Channel],
  isOwnWindow: OwnWindowCheck,
): void {
  const validator = Compile(ipcRequestSchemas[channel]);
  ipcMain.handle(
    channel,
    async (
      event: IpcMainInvokeEvent,
      request: unknown,
    ): Promise<IpcResult<IpcResponses[Channel]>> => {
      const window = BrowserWindow.fromWebContents(event.sender);
      if (!isTrustedSender(event, window, isOwnWindow)) {
        return failure('forbidden_sender', `"${channel}" is answered only for CAM Desk windows`);
      }
      if (!validator.Check(request)) {
        const problems = validator
          .Errors(request)
          .map((error) => `${error.instancePath || 'request'} ${error.message}`);
        return failure('invalid_request', `Invalid "${channel}" request: ${problems.join('; ')}`);
      }
      try {
        return { ok: true, value: await handler(request, { window }) };
      } catch (error) {
        return failure('failed', error instanceof Error ? error.message : String(error));
      }
    },
  );
}

/** The frame must be our page and its window one we made: a stray frame or window gets nothing. */
function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: Electron.BrowserWindow | null,
  isOwnWindow: OwnWindowCheck,
): boolean {
  const frameUrl = event.senderFrame?.url;
  return frameUrl !== undefined && isAppUrl(frameUrl) && isOwnWindow(window);
}

function failure(code: IpcError['code'], message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}
