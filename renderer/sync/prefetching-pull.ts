import type { Checkpoint, PullResponse } from '../../shared/sync/protocol';

export type PullPage<Doc> = (
  checkpoint: Checkpoint | undefined,
  limit: number,
) => Promise<PullResponse<Doc>>;

/**
 * Pulls with the next page already on its way: when a page comes back full, the page after it is
 * requested at once, so the network works while RxDB writes the page it has. A first sync is a
 * long run of full pages; the prefetched page is used only if RxDB asks for exactly that
 * checkpoint and size next, and is dropped otherwise (a restart, a RESYNC from elsewhere).
 */
export function prefetchingPull<Doc>(pull: PullPage<Doc>): PullPage<Doc> {
  let ahead: { checkpoint: Checkpoint; limit: number; page: Promise<PullResponse<Doc>> } | null =
    null;

  return async (checkpoint, limit) => {
    const prefetched =
      ahead && ahead.limit === limit && sameCheckpoint(ahead.checkpoint, checkpoint)
        ? ahead.page
        : null;
    ahead = null;
    const response = await (prefetched ?? pull(checkpoint, limit));
    const next = response.checkpoint;
    if (response.documents.length === limit && next) {
      const page = pull(next, limit);
      // A failed prefetch is reported when (and if) its page is asked for, not before.
      page.catch(() => undefined);
      ahead = { checkpoint: next, limit, page };
    }
    return response;
  };
}

function sameCheckpoint(a: Checkpoint, b: Checkpoint | undefined): boolean {
  return b !== undefined && a.seq === b.seq && a.scope === b.scope;
}
