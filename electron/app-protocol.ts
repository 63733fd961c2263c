import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { protocol } from 'electron';

/**
 * The renderer is served from `app://cam-desk/`, never `file://`: a standard, secure scheme
 * gives the page a real origin (for IndexedDB, CORS and CSP) without file:// privileges.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cam-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The built renderer. Both this source file (electron/) and the bundle that inlines it
 * (dist-electron/main.js) sit one folder below the project root, so one relative URL serves both.
 */
export const rendererRoot = fileURLToPath(new URL('../dist/desktop/', import.meta.url));

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before `app` is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export type AppProtocolOptions = {
  /** Folder holding index.html and its assets. */
  root?: string;
  /** The central store the page syncs with; its origin joins connect-src. */
  storeUrl: string;
};

export function serveAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, appRequestHandler(options));
}

export function appRequestHandler({ root = rendererRoot, storeUrl }: AppProtocolOptions) {
  const csp = contentSecurityPolicy([new URL(storeUrl).origin]);
  return async (request: Request): Promise<Response> => {
    if (!isAppUrl(request.url)) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const file = fileInside(root, new URL(request.url).pathname);
    const found = file === undefined ? undefined : await load(root, file);
    if (found === undefined) return notFound();
    const headers = new Headers({
      'Content-Type':
        contentTypes[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
    });
    if (found.file.endsWith('.html')) headers.set('Content-Security-Policy', csp);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(found.body), { headers });
  };
}

/** The page may talk only to itself and to the stores it syncs with. */
export function contentSecurityPolicy(storeOrigins: readonly string[]): string {
  const connectSources = new Set(["'self'", 'http://127.0.0.1:*', 'http://localhost:*']);
  for (const origin of storeOrigins) connectSources.add(origin);
  return [
    "default-src 'self'",
    `connect-src ${[...connectSources].join(' ')}`,
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The absolute file for a URL path, or undefined when it would leave `root`. */
function fileInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relativePath = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = path.resolve(root, `.${relativePath}`);
  const fromRoot = path.relative(root, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return undefined;
  return file;
}

async function load(root: string, file: string) {
  const body = await readIfPresent(file);
  if (body !== undefined) return { file, body };
  // Extensionless paths are client-side routes: a reload there must still land on the app.
  if (path.extname(file) !== '') return undefined;
  const index = path.join(root, 'index.html');
  const indexBody = await readIfPresent(index);
  return indexBody === undefined ? undefined : { file: index, body: indexBody };
}

async function readIfPresent(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (isMissingFileError(error)) return undefined;
    throw error;
  }
}

function isMissingFileError(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/** What a Vite build emits; anything else is served as opaque bytes. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
