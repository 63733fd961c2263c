import type { SavePdfRequest } from '../../shared/platform/platform';

/**
 * A browser makes a PDF through its own print dialog ("Save as PDF"). The report page is put in
 * a hidden frame that may show the dialog but runs no script (the page is data, not code), then
 * printed. Chromium's header and footer templates have no place here: the browser prints its
 * own. The page cannot tell a cancelled dialog from a saved file, so a print counts as saved.
 */
export function printReportInFrame({ html }: SavePdfRequest): Promise<{ saved: boolean }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.style.visibility = 'hidden';
    frame.addEventListener(
      'load',
      () => {
        const target = frame.contentWindow;
        if (!target) {
          frame.remove();
          reject(new Error('The report could not be opened for printing'));
          return;
        }
        target.addEventListener('afterprint', () => {
          frame.remove();
        });
        // Chromium's print() returns once the dialog is closed; the frame goes with it.
        target.print();
        resolve({ saved: true });
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
