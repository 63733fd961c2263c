/**
 * The request the detail area shows: picked in the list (or moved to with the keyboard), or
 * opened from My decisions, which is `kept` in view even once it waits for nobody.
 */
export type InboxSelection = { id: string; at: number; kept: boolean };

/** Where the selection is in the list shown now; -1 when it is shown from outside the list. */
export type SelectionPlace = { index: number; outsideList: boolean };

/**
 * Once decided, a request picked in the list leaves it, and the one now at its place is
 * selected (so a CAM works down the list); a request opened from My decisions stays in view,
 * outside the list, so what the store made of it stays readable.
 */
export function placeSelection(
  selection: InboxSelection | null,
  listedIds: readonly string[],
): SelectionPlace {
  const found = selection === null ? -1 : listedIds.indexOf(selection.id);
  if (found >= 0) return { index: found, outsideList: false };
  if (selection?.kept) return { index: -1, outsideList: true };
  return { index: Math.min(selection?.at ?? 0, listedIds.length - 1), outsideList: false };
}
