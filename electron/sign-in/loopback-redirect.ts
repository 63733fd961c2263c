import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CALLBACK_PAGE_HEADERS, callbackPage, type CallbackOutcome } from './callback-page';

/** The browser waited too long: the user closed the tab or walked away. */
export class SignInTimeoutError extends Error {}

/** Another sign-in, a sign-out or quitting the app took over. */
export class SignInCancelledError extends Error {}

export type LoopbackRedirect = {
  /** `http://127.0.0.1:<port>/callback`: the issuer matches loopback redirects on any port. */
  redirectUri: string;
  /** The query of the first request to /callback; rejects on timeout, cancel or `fail`. */
  callback: Promise<URLSearchParams>;
  /** Ends the wait early, e.g. when the browser could not be opened. */
  fail(error: Error): void;
  /** Answers the waiting browser tab with the outcome, then closes the server. */
  finish(outcome: CallbackOutcome): void;
};

export type LoopbackRedirectOptions = {
  timeoutMs: number;
  signal?: AbortSignal;
};

const CALLBACK_PATH = '/callback';

/**
 * A one-shot HTTP server on the loopback interface for the authorization redirect (RFC 8252
 * section 7.3). It binds 127.0.0.1 only, so nothing else on the network can reach it, and lives
 * for one sign-in: the first /callback request is held open until the caller knows whether the
 * sign-in worked, so the page the user sees tells the truth.
 */
export async function listenForRedirect({
  timeoutMs,
  signal,
}: LoopbackRedirectOptions): Promise<LoopbackRedirect> {
  let settle: { resolve(query: URLSearchParams): void; reject(error: Error): void } | undefined;
  const callback = new Promise<URLSearchParams>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Callers that fail before awaiting it must not leave an unhandled rejection behind.
  callback.catch(() => undefined);
  let waiting: ServerResponse | undefined;
  let answered = false;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== CALLBACK_PATH) {
      // Favicon requests and the like: not for us, and they must not end the wait.
      response.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end();
      return;
    }
    if (answered || waiting !== undefined) {
      send(response, 409, {
        ok: false,
        message: answered
          ? 'This sign-in attempt is already over.'
          : 'This sign-in was already answered in another tab.',
      });
      return;
    }
    waiting = response;
    settle?.resolve(url.searchParams);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  const close = () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    server.close();
    // A tab that connected but never sent a request would otherwise keep the server alive.
    server.closeIdleConnections();
  };
  const fail = (error: Error) => {
    settle?.reject(error);
    finish({ ok: false, message: error.message });
  };
  const finish = (outcome: CallbackOutcome) => {
    if (answered) return;
    answered = true;
    if (waiting === undefined) {
      close();
      return;
    }
    send(waiting, outcome.ok ? 200 : 400, outcome, close);
  };
  const onAbort = () => {
    const reason: unknown = signal?.reason;
    fail(reason instanceof Error ? reason : new SignInCancelledError('The sign-in was cancelled.'));
  };

  const timer = setTimeout(() => {
    const minutes = timeoutMs / 60_000;
    fail(
      new SignInTimeoutError(
        `No answer from the browser within ${minutes >= 1 ? `${Math.round(minutes)} minutes` : `${timeoutMs} ms`}.`,
      ),
    );
  }, timeoutMs);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  return { redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`, callback, fail, finish };
}

function send(
  response: ServerResponse,
  status: number,
  outcome: CallbackOutcome,
  done?: () => void,
): void {
  response.writeHead(status, CALLBACK_PAGE_HEADERS);
  response.end(callbackPage(outcome), done);
}
