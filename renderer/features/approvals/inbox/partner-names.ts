import { filter, map, takeWhile } from 'rxjs';
import type { CamDatabase } from '../../../db/database';

/**
 * Reads the names of these partners by primary key and hands over each as it is found. A
 * partner not on this device yet (its page of the first sync still downloading while the inbox
 * already lists requests) is named once it is stored, not left nameless until a reload: the
 * read stays live until every partner asked for is found. Answers a function that stops it.
 */
export function readPartnerNames(
  partners: CamDatabase['partners'],
  partnerIds: readonly string[],
  onNames: (names: ReadonlyMap<string, string>) => void,
): () => void {
  const waiting = new Set(partnerIds);
  const subscription = partners
    .findByIds([...waiting])
    .$.pipe(
      map((found) => {
        const names = new Map<string, string>();
        for (const [id, partner] of found) if (waiting.delete(id)) names.set(id, partner.name);
        return names;
      }),
      // Ends with the answer that names the last of them.
      takeWhile(() => waiting.size > 0, true),
      filter((names) => names.size > 0),
    )
    .subscribe(onNames);
  return () => {
    subscription.unsubscribe();
  };
}
