/**
 * The page the system browser shows when the issuer sends it back to the app. Self-contained
 * (inline style, no script, nothing fetched) because it is served by a server that lives for
 * one request: a stylesheet or favicon asked for afterwards would find nobody listening.
 */

export type CallbackOutcome = { ok: true } | { ok: false; message: string };

export const CALLBACK_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // Nothing may load or run, and no other site may frame the page.
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'cache-control': 'no-store',
  // The callback URL carries the authorization code: never send it on as a referrer.
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  // The browser would otherwise keep the socket alive and hold the one-shot server open.
  connection: 'close',
} as const;

export function callbackPage(outcome: CallbackOutcome): string {
  const [title, body] = outcome.ok
    ? ['Signed in to CAM Desk', 'You can close this tab and return to CAM Desk.']
    : [
        'CAM Desk could not sign you in',
        `${escapeHtml(outcome.message)} Return to CAM Desk and try again.`,
      ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; min-height: 100vh; display: grid;
    place-items: center; background: #f5f6f8; color: #1d2433; }
  main { max-width: 28rem; padding: 2rem; background: #fff; border-radius: 12px;
    box-shadow: 0 2px 12px rgb(0 0 0 / 8%); }
  h1 { font-size: 1.25rem; margin: 0 0 0.5rem; color: ${outcome.ok ? '#1b6e3a' : '#a12a2a'}; }
  p { margin: 0; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${body}</p>
</main>
</body>
</html>
`;
}

/** Error messages may quote what the issuer sent (error_description): never let it be markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
