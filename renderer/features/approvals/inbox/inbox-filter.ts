import { currencyDigits } from '../../../../shared/format/money';
import type { RequestType } from '../../../../shared/schema';
import type { InboxEntry } from './inbox-entry';

/** Lower case without accents, so "Garcia" finds "García" and "ÑANDÚ" finds "ñandu". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** One entry as search and filters read it: its words normalised once, its amount in units. */
export type IndexedEntry = {
  entry: InboxEntry;
  words: string;
  /** In major units of the request's own currency (12.5 for 1250 cents); null without money. */
  amount: number | null;
};

export type InboxIndex = readonly IndexedEntry[];

/** What an entry was indexed with: the same entry, name and label give the same words. */
type Indexed = { partner: string; label: string; indexed: IndexedEntry };
const indexedOf = new WeakMap<InboxEntry, Indexed>();

/**
 * Built once per change of the list (not per keystroke): id, type label, partner name and the
 * stored title's words, normalised, so a keystroke only scans prepared strings. An entry is
 * the same object until its request changes (useInbox), so a change of one request, or a
 * partner name arriving, normalises only the entries it touches, not the whole list.
 */
export function buildInboxIndex(
  entries: readonly InboxEntry[],
  partnerName: (partnerId: string) => string | undefined,
  typeLabel: (type: RequestType) => string,
): InboxIndex {
  const labels = new Map<RequestType, string>();
  const labelOf = (type: RequestType) => {
    let label = labels.get(type);
    if (label === undefined) {
      label = typeLabel(type);
      labels.set(type, label);
    }
    return label;
  };
  return entries.map((entry) => {
    const partner = partnerName(entry.partnerId) ?? '';
    const label = labelOf(entry.type);
    const known = indexedOf.get(entry);
    if (known && known.partner === partner && known.label === label) return known.indexed;
    const indexed: IndexedEntry = {
      entry,
      words: normaliseForSearch([entry.id, label, partner, entry.storedTitle].join(' ')),
      amount: entry.amount
        ? entry.amount.amountMinor / 10 ** currencyDigits(entry.amount.currency)
        : null,
    };
    indexedOf.set(entry, { partner, label, indexed });
    return indexed;
  });
}

export type InboxFilter = {
  text: string;
  type: RequestType | null;
  partnerId: string | null;
  /** Bounds in the request's own currency; either may be null. */
  minAmount: number | null;
  maxAmount: number | null;
  overdueOnly: boolean;
  /** Only deal registrations whose deal conflicts with another (needs `conflicting`). */
  conflictOnly: boolean;
};

export const noFilter: InboxFilter = {
  text: '',
  type: null,
  partnerId: null,
  minAmount: null,
  maxAmount: null,
  overdueOnly: false,
  conflictOnly: false,
};

export type FilteredInbox = {
  entries: InboxEntry[];
  overdue: number;
  /** Entries each type would show with every other filter kept: the type picker's counts. */
  byType: ReadonlyMap<RequestType, number>;
};

/**
 * The entries the filter keeps, in the index's order. Every word of the search must occur in
 * the entry's words. `conflicting` holds the ids of requests whose deal has a conflict; while
 * it is unknown (null) the conflict filter keeps nothing rather than guessing.
 */
export function filterInbox(
  index: InboxIndex,
  filter: InboxFilter,
  now: number,
  conflicting: ReadonlySet<string> | null,
): FilteredInbox {
  const terms = normaliseForSearch(filter.text).split(/\s+/).filter(Boolean);
  const entries: InboxEntry[] = [];
  const byType = new Map<RequestType, number>();
  let overdue = 0;
  for (const indexed of index) {
    const { entry, words, amount } = indexed;
    if (filter.partnerId !== null && entry.partnerId !== filter.partnerId) continue;
    if (filter.overdueOnly && entry.dueAtMs >= now) continue;
    if (filter.minAmount !== null && (amount === null || amount < filter.minAmount)) continue;
    if (filter.maxAmount !== null && (amount === null || amount > filter.maxAmount)) continue;
    if (filter.conflictOnly && !conflicting?.has(entry.id)) continue;
    if (!terms.every((term) => words.includes(term))) continue;
    byType.set(entry.type, (byType.get(entry.type) ?? 0) + 1);
    if (filter.type !== null && entry.type !== filter.type) continue;
    entries.push(entry);
    if (entry.dueAtMs < now) overdue++;
  }
  return { entries, overdue, byType };
}

/** The unfiltered list's counts, without building the index. */
export function summariseInbox(entries: readonly InboxEntry[], now: number): FilteredInbox {
  const byType = new Map<RequestType, number>();
  let overdue = 0;
  for (const entry of entries) {
    byType.set(entry.type, (byType.get(entry.type) ?? 0) + 1);
    if (entry.dueAtMs < now) overdue++;
  }
  return { entries: [...entries], overdue, byType };
}

/** Whether any filter narrows the list (the search included). */
export function isFiltering(filter: InboxFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.type !== null ||
    filter.partnerId !== null ||
    filter.minAmount !== null ||
    filter.maxAmount !== null ||
    filter.overdueOnly ||
    filter.conflictOnly
  );
}
