import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog } from 'electron';
import type { SaveFileRequest } from '../shared/platform/platform';

/** A dialog filter for the file's media type, so the dialog offers the right extension. */
function filtersFor(suggestedName: string, mediaType: string): Electron.FileFilter[] {
  const dot = suggestedName.lastIndexOf('.');
  const extension = dot > 0 ? suggestedName.slice(dot + 1) : '';
  if (extension === '') return [];
  const name = mediaType.split(';')[0] ?? mediaType;
  return [{ name, extensions: [extension] }];
}

/**
 * Saves what the renderer exported where the user chooses in the native save dialog, attached
 * to the window that asked. Only the chosen path is written: the renderer names the file, never
 * the folder (ipc.ts refuses names with folders). Cancelling writes nothing.
 */
export async function saveFileWithDialog(
  { suggestedName, mediaType, bytes }: SaveFileRequest,
  window: Electron.BrowserWindow | null,
): Promise<{ saved: boolean }> {
  const options: Electron.SaveDialogOptions = {
    defaultPath: basename(suggestedName),
    filters: filtersFor(suggestedName, mediaType),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = await (window
    ? dialog.showSaveDialog(window, options)
    : dialog.showSaveDialog(options));
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, bytes);
  return { saved: true };
}
