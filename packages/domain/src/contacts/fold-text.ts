/**
 * Folds text for accent- and case-insensitive search: NFKD, combining marks removed, lower case,
 * punctuation turned into spaces. "Élodie D'Hondt" → "elodie d hondt".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The search terms of a query: folded words; every one must occur (as a part of a word) in the contact. */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 8);
}
