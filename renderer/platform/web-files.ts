import type { SaveFileRequest } from '../../shared/platform/platform';

/**
 * A browser saves by downloading: the file becomes a Blob URL that a temporary link downloads
 * under its suggested name. The browser (or the user's settings) picks the folder; the page
 * cannot tell a cancelled save from a completed one, so a download counts as saved.
 */
export function downloadFile({ suggestedName, mediaType, bytes }: SaveFileRequest): Promise<{
  saved: boolean;
}> {
  const blob = new Blob([bytes.slice().buffer], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked after the click has handed the URL to the download.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 60_000);
  }
  return Promise.resolve({ saved: true });
}
