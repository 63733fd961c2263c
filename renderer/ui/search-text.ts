/**
 * Text folded for search: accents and case removed, so "cenit" finds "Cénit" and "ÑANDÚ"
 * finds "ñandú". Letters that are not a base letter plus a mark (ß, ø) stay as they are.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und');
}

/** Whether folded text holds every word of the query, in any order. */
export function matchesSearch(foldedText: string, foldedWords: readonly string[]): boolean {
  return foldedWords.every((word) => foldedText.includes(word));
}

/** The query's words, folded; an empty list matches everything. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/u).filter(Boolean);
}
