/**
 * The few web APIs the sign-in client uses, which browsers, Electron's main process and Node all
 * have: fetch, URL, URLSearchParams, AbortSignal. shared/ compiles without DOM or Node types
 * (shared/tsconfig.json), so there they are the structural stand-ins below and anything beyond
 * them fails to compile; where the real declarations are known (renderer, electron, server) they
 * are used as they are.
 */
type StandInSignal = { readonly aborted: boolean; readonly reason: unknown };

type StandInSearchParams = {
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  toString(): string;
};

type StandInUrl = {
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly searchParams: StandInSearchParams;
};

type StandInResponse = { readonly ok: boolean; readonly status: number; json(): Promise<unknown> };

type StandInRuntime = {
  fetch(
    url: string,
    init?: { headers?: Record<string, string>; signal?: StandInSignal },
  ): Promise<StandInResponse>;
  URL: new (url: string, base?: string) => StandInUrl;
  URLSearchParams: new (init?: string | Record<string, string>) => StandInSearchParams;
  AbortSignal: {
    timeout(milliseconds: number): StandInSignal;
    any(signals: StandInSignal[]): StandInSignal;
  };
};

type Names = 'fetch' | 'URL' | 'URLSearchParams' | 'AbortSignal';

export type WebRuntime =
  typeof globalThis extends Record<Names, unknown>
    ? Pick<typeof globalThis, Names>
    : StandInRuntime;

/** Read at each call, so a test's stubbed `fetch` is the one used. */
export const web = globalThis as unknown as WebRuntime;

export type SearchParams = InstanceType<WebRuntime['URLSearchParams']>;
export type Signal = ReturnType<WebRuntime['AbortSignal']['timeout']>;
