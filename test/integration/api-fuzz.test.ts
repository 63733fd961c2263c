import { issueServiceCredential } from '../../server/intake/credentials';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { requestsFor, type Credentials, type FuzzRequest } from '../support/api-fuzz-requests';
import { fuzzCredentials } from '../support/fuzz-credentials';
import {
  operationsOf,
  responseChecker,
  schemasIn,
  type OpenApiDocument,
  type Operation,
} from '../support/openapi-operations';
import { ana, aUser, bob, rita } from '../support/scenario';
import { useScenarioApp } from '../support/scenario-app';
import { undocumentedRequests } from '../support/undocumented-routes';

/**
 * Schemathesis, in TypeScript: every operation of the store's own OpenAPI document gets valid
 * requests generated from its schemas and hostile ones (wrong types, out-of-range numbers, NUL
 * and lone surrogates, oversized values, extra or missing fields, bodies that are not JSON,
 * missing or bad credentials), on PostgreSQL, signed in as seeded users. Every answer must be
 * below 500, documented for its operation, and valid against the documented schema; an invalid
 * request must not succeed. FUZZ_RUNS raises the runs per operation (docs/testing.md).
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 500);
/** Shrinking finds the smallest failing request, but can take long: off unless asked. */
const SHRINK = process.env['FUZZ_SHRINK'] === '1';
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
const TIMEOUT_MS = 120_000 + RUNS * 3_000;
const gone = { userId: 'user-cam-gone', role: 'cam' as const, territoryIds: ['territory-a'] };

describe('fuzzing the OpenAPI document of a store on PostgreSQL', () => {
  const store = useScenarioApp('postgres');
  let document: OpenApiDocument;
  let checker: ReturnType<typeof responseChecker>;
  let credentials: Credentials;

  beforeEach(async () => {
    const app = store.app();
    await app.storeOf('users').put([aUser(gone, { active: false })]);
    document = (await app.inject({ url: '/openapi.json' })).json<OpenApiDocument>();
    checker = responseChecker(document);
    credentials = await fuzzCredentials(app, [ana, bob, rita], gone);
    // The intake routes take a service credential, not a user's token (docs/intake-api.md).
    const intakeSecret = await issueServiceCredential(store.database(), 'partner-portal');
    credentials = { ...credentials, valid: [...credentials.valid, `Bearer ${intakeSecret}`] };
  });

  async function send(request: FuzzRequest) {
    const response = await store.app().inject({
      method: request.method as 'GET',
      url: request.url,
      headers: request.headers,
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
    return { statusCode: response.statusCode, headers: response.headers, body: response.body };
  }

  /** Problems with one answer: the document's checks, and an invalid request that succeeded. */
  function judge(
    operation: Operation,
    request: FuzzRequest,
    response: Awaited<ReturnType<typeof send>>,
  ) {
    const problems = checker.problemsWith(operation, response);
    if (request.invalidBecause !== undefined && response.statusCode < 300) {
      problems.push(
        `accepted an invalid request (${request.invalidBecause}) with ${response.statusCode}`,
      );
    }
    return problems;
  }

  const fuzzed = (operation: Operation) => operation.path !== '/sync/stream';

  it('finds every route in the document', () => {
    const operations = operationsOf(document).map(
      (operation) => `${operation.method} ${operation.path}`,
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'get /health',
        'get /auth/me',
        'get /auth/config',
        'get /sync/stream',
        'post /sync/decisions/push',
        'get /sync/partners/pull',
        'post /sync/partners/push',
      ]),
    );
    // health and auth, pull and push per collection, the stream, the three request routes
    // (payment, attachments, a file) and the four intake routes.
    expect(operations).toHaveLength(3 + 12 * 2 + 1 + 3 + 4);
  });

  it(
    'answers every documented operation as documented, whatever it is sent',
    async () => {
      const failures: string[] = [];
      const statuses = new Map<string, Map<number, number>>();
      const context = {
        credentials,
        accepts: checker.accepts,
        root: document,
        knownValues: {
          requestId: ['request-a1', 'request-b1'],
          territoryId: ['territory-a', 'territory-b'],
          decidedBy: [ana.userId, bob.userId, rita.userId],
          stepIndex: [0, 1],
        },
      };
      for (const operation of operationsOf(document).filter(fuzzed)) {
        const property = fc.asyncProperty(requestsFor(operation, context), async (request) => {
          const response = await send(request);
          const seen =
            statuses.get(`${operation.method} ${operation.path}`) ?? new Map<number, number>();
          seen.set(response.statusCode, (seen.get(response.statusCode) ?? 0) + 1);
          statuses.set(`${operation.method} ${operation.path}`, seen);
          const problems = judge(operation, request, response);
          if (problems.length > 0) {
            throw new Error(
              `${request.method} ${request.url.slice(0, 200)}\n  ${problems.join('\n  ')}`,
            );
          }
        });
        const result = await fc.check(property, {
          numRuns: RUNS,
          endOnFailure: !SHRINK,
          ...(SEED === undefined ? {} : { seed: SEED }),
        });
        if (result.failed) {
          const error =
            result.errorInstance instanceof Error
              ? result.errorInstance.message
              : String(result.errorInstance);
          failures.push(
            `${operation.method} ${operation.path} (seed ${result.seed}): ${error.slice(0, 1500)}`,
          );
        }
      }
      // What the runs reached, per operation: a fuzzer that only ever meets 401 proves little.
      console.info(
        [...statuses]
          .map(([operation, seen]) => `${operation}: ${JSON.stringify(Object.fromEntries(seen))}`)
          .join('\n'),
      );
      expect(failures).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'opens the live stream as documented and refuses bad credentials and protocols',
    async () => {
      const app = store.app();
      await app.listen({ host: '127.0.0.1', port: 0 });
      const url = app.listeningOrigin;
      const [operation] = operationsOf(document).filter((candidate) => !fuzzed(candidate));
      if (!operation) throw new Error('the document has no /sync/stream');
      const tokens = [...credentials.valid, ...credentials.refused].map((value) =>
        value === undefined ? undefined : value.replace(/^Bearer /, ''),
      );
      const query = fc.record({
        token: fc.constantFrom(...tokens),
        viaHeader: fc.boolean(),
        protocol: fc.constantFrom<string | undefined>('3', '3', '3', undefined, '2', ''),
      });
      await fc.assert(
        fc.asyncProperty(query, async ({ token, viaHeader, protocol }) => {
          const search = new URLSearchParams();
          if (protocol !== undefined) search.set('protocol', protocol);
          if (token !== undefined && !viaHeader) search.set('access_token', token);
          const controller = new AbortController();
          const response = await fetch(`${url}/sync/stream?${search.toString()}`, {
            signal: controller.signal,
            headers: token !== undefined && viaHeader ? { authorization: `Bearer ${token}` } : {},
          });
          const type = response.headers.get('content-type') ?? '';
          // The stream never ends by itself: look at the status and type, then hang up.
          const body = response.status === 200 ? '' : await response.text();
          controller.abort();
          const problems =
            response.status === 200
              ? type.startsWith('text/event-stream')
                ? checker.problemsWith(operation, {
                    statusCode: 200,
                    headers: { 'content-type': type },
                    body,
                  })
                : [`200 came as ${type}`]
              : checker.problemsWith(operation, {
                  statusCode: response.status,
                  headers: { 'content-type': type },
                  body,
                });
          expect(problems).toEqual([]);
        }),
        {
          numRuns: Math.max(20, Math.ceil(RUNS / 2)),
          ...(SEED === undefined ? {} : { seed: SEED }),
        },
      );
    },
    TIMEOUT_MS,
  );

  it('serves its own document, with schemas that compile', async () => {
    const response = await store.app().inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(document.openapi).toMatch(/^3\./);
    // Ajv compiles each schema as it judges a response: a schema it cannot compile throws here.
    for (const schema of schemasIn(document))
      expect(typeof checker.accepts(schema, null)).toBe('boolean');
  });

  it(
    'answers the routes the document leaves out (development sign-in, unknown paths) below 500',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          undocumentedRequests,
          fc.constantFrom(...credentials.valid, undefined),
          async (request, authorization) => {
            const sendsBody = request.method !== 'GET';
            const response = await store.app().inject({
              method: request.method,
              url: request.url,
              headers: {
                ...(authorization === undefined ? {} : { authorization }),
                ...(sendsBody ? { 'content-type': request.contentType } : {}),
              },
              ...(sendsBody ? { payload: request.payload } : {}),
            });
            const what = `${request.method} ${request.url.slice(0, 200)}: ${response.body.slice(0, 300)}`;
            expect(response.statusCode, what).toBeLessThan(500);
          },
        ),
        { numRuns: RUNS * 2, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
    },
    TIMEOUT_MS,
  );
});
