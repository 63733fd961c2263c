import { describe, expect, it } from 'vitest';
import type { Checkpoint, PullResponse } from '../../shared/sync/protocol';
import { prefetchingPull } from './prefetching-pull';

type Doc = { id: number };

/** A store of `total` documents with change numbers 1..total, recording every request. */
function storeOf(total: number, failAfterSeq?: number) {
  const requests: (number | undefined)[] = [];
  const pull = (checkpoint: Checkpoint | undefined, limit: number) => {
    const after = checkpoint?.seq ?? 0;
    requests.push(checkpoint?.seq);
    if (failAfterSeq !== undefined && after >= failAfterSeq) {
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    const documents = Array.from(
      { length: Math.max(0, Math.min(limit, total - after)) },
      (_, i) => ({
        id: after + i + 1,
        _deleted: false,
      }),
    );
    const last = documents.at(-1);
    const page: PullResponse<Doc> = {
      documents,
      checkpoint: last ? { seq: last.id, scope: 's1' } : (checkpoint ?? null),
    };
    return Promise.resolve(page);
  };
  return { pull, requests };
}

async function drain(pull: ReturnType<typeof prefetchingPull<Doc>>, limit: number) {
  const ids: number[] = [];
  let checkpoint: Checkpoint | undefined;
  for (;;) {
    const page = await pull(checkpoint, limit);
    ids.push(...page.documents.map((doc) => doc.id));
    checkpoint = page.checkpoint ?? undefined;
    if (page.documents.length < limit) return ids;
  }
}

describe('prefetchingPull', () => {
  it('requests the next page as soon as a full page arrives, and serves it from there', async () => {
    const store = storeOf(25);
    const pull = prefetchingPull(store.pull);

    const first = await pull(undefined, 10);
    expect(first.documents).toHaveLength(10);
    // The page after it is already requested before anyone asks for it.
    expect(store.requests).toEqual([undefined, 10]);

    const ids = [...first.documents.map((doc) => doc.id)];
    let checkpoint = first.checkpoint ?? undefined;
    for (;;) {
      const page = await pull(checkpoint, 10);
      ids.push(...page.documents.map((doc) => doc.id));
      checkpoint = page.checkpoint ?? undefined;
      if (page.documents.length < 10) break;
    }
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    // Each page fetched once: a short page (20 → 25) prefetches nothing.
    expect(store.requests).toEqual([undefined, 10, 20]);
  });

  it('drops the prefetched page when asked for another checkpoint or size', async () => {
    const store = storeOf(100);
    const pull = prefetchingPull(store.pull);
    await pull(undefined, 10); // prefetches seq 10
    const restarted = await pull(undefined, 10);
    expect(restarted.documents[0]?.id).toBe(1);
    const other = await pull({ seq: 10, scope: 's1' }, 5);
    expect(other.documents.map((doc) => doc.id)).toEqual([11, 12, 13, 14, 15]);
    expect(await drain(pull, 10)).toHaveLength(100);
  });

  it('does not reuse a page prefetched under another scope fingerprint', async () => {
    const store = storeOf(30);
    const pull = prefetchingPull(store.pull);
    await pull(undefined, 10);
    store.requests.length = 0;
    await pull({ seq: 10, scope: 'another' }, 10);
    expect(store.requests[0]).toBe(10);
  });

  it('reports a failed prefetch only when its page is asked for', async () => {
    const store = storeOf(50, 10);
    const pull = prefetchingPull(store.pull);
    const first = await pull(undefined, 10);
    // The prefetch of seq 10 failed already; nothing is raised until the page is wanted.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(pull(first.checkpoint ?? undefined, 10)).rejects.toThrow('Failed to fetch');
  });
});
