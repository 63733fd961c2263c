import type { Identity } from '../../shared/auth/identity';

/**
 * The development provider's pages: plain HTML, no scripts, nothing fetched from elsewhere
 * (the store runs offline). Every value shown is escaped.
 */

export const DEV_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

export const DEVELOPMENT_NOTICE =
  'Development sign-in — no passwords; configure OIDC_ISSUER for production';

const style = `
  body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem auto; max-width: 40rem; padding: 0 1rem; color: #1d2430; }
  .notice { background: #fff4d6; border: 1px solid #e6c36a; border-radius: 6px; padding: .75rem 1rem; }
  ul { list-style: none; padding: 0; }
  li { margin: .5rem 0; }
  button { width: 100%; text-align: left; padding: .6rem .9rem; border: 1px solid #c8ced8; border-radius: 6px; background: #fff; cursor: pointer; font: inherit; }
  button:hover { background: #eef3fb; }
  .role { float: right; color: #5a6577; }
  .email { color: #5a6577; }
  .secondary { width: auto; margin-top: 1rem; }
`;

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** Pick who to be: the store's active users, each a button posting their id. */
export function loginPage({
  action,
  abortAction,
  clientName,
  users,
}: {
  action: string;
  abortAction: string;
  clientName: string;
  users: readonly Identity[];
}): string {
  const choices = users
    .map(
      (user) => `<li><button type="submit" name="userId" value="${escapeHtml(user.userId)}">
  <span class="role">${escapeHtml(user.role)}</span>
  <strong>${escapeHtml(user.name)}</strong><br><span class="email">${escapeHtml(user.email)}</span>
</button></li>`,
    )
    .join('\n');
  const list = users.length
    ? `<form method="post" action="${escapeHtml(action)}"><ul>\n${choices}\n</ul></form>`
    : '<p>The store has no active users yet. Seed it (<code>PRM_SEED=demo</code>) and reload.</p>';
  return page(
    'Sign in to CAM Desk',
    `<h1>Sign in to ${escapeHtml(clientName)}</h1>
<p class="notice" role="note"><strong>${escapeHtml(DEVELOPMENT_NOTICE)}.</strong>
Anyone who can open this page can sign in as any user below.</p>
<p>Choose who you are:</p>
${list}
<form method="post" action="${escapeHtml(abortAction)}"><button class="secondary" type="submit">Cancel</button></form>`,
  );
}

export function errorPage(details: object): string {
  const rows = Object.entries(details)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('\n');
  return page('Sign-in failed', `<h1>Sign-in failed</h1>\n<dl>\n${rows}\n</dl>`);
}

/** `logoutForm` is the provider's own form (with its CSRF token), submitted by these buttons. */
export function logoutPage(logoutForm: string): string {
  return page(
    'Sign out',
    `<h1>Sign out of CAM Desk?</h1>
${logoutForm}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<button class="secondary" type="submit" form="op.logoutForm">Stay signed in</button>`,
  );
}

export function signedOutPage(): string {
  return page('Signed out', '<h1>Signed out</h1>\n<p>You can close this window.</p>');
}
