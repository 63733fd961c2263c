/** How the store process tells the harness it is listening (one line on stdout). */
export const READY_PREFIX = 'BENCH_STORE_READY ';

export type ReadyLine = { url: string; token: string };
