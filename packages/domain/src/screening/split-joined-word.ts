/** Shortest piece a joined word is split into ("un" of "kimjongun", "al" of "basharalassad"). */
const MIN_PIECE = 2;
/** Pieces shorter than this may only be particles or end the word ("kimjongun", not "di" + "allo"). */
const MIN_OPENING_PIECE = 3;
const MAX_PIECES = 4;
/** Shorter words are never split: a given name and a surname written together are longer ("benali" stays). */
const MIN_JOINED_LENGTH = 8;

/** True when `word` is long enough to be two listed words written together. */
export function canBeJoined(word: string): boolean {
  return word.length >= MIN_JOINED_LENGTH;
}

/**
 * Splits a word written without spaces ("vladimirputin", "kimjongun", "basharalassad") into the fewest
 * words that all exist in the lists' vocabulary, or returns null when there is no such split. The caller
 * only asks for words that are themselves absent from the vocabulary.
 */
export function splitJoinedWord(
  word: string,
  isKnown: (piece: string) => boolean,
  isParticle: (piece: string) => boolean = () => false,
): string[] | null {
  if (!canBeJoined(word)) return null;
  // fewest[i]: fewest known pieces covering word[0, i), with the start of the last one.
  const fewest: { count: number; from: number }[] = [{ count: 0, from: -1 }];
  for (let end = MIN_PIECE; end <= word.length; end++) {
    for (let start = 0; start <= end - MIN_PIECE; start++) {
      const before = fewest[start];
      const piece = word.slice(start, end);
      if (!before || before.count >= MAX_PIECES || !isKnown(piece)) continue;
      const isShortInside = piece.length < MIN_OPENING_PIECE && end < word.length && !isParticle(piece);
      if (isShortInside || (start === 0 && piece.length < MIN_OPENING_PIECE)) continue;
      const current = fewest[end];
      if (!current || before.count + 1 < current.count)
        fewest[end] = { count: before.count + 1, from: start };
    }
  }
  const whole = fewest[word.length];
  if (!whole || whole.count < 2) return null;
  const pieces: string[] = [];
  for (let end = word.length; end > 0; end = fewest[end]!.from)
    pieces.unshift(word.slice(fewest[end]!.from, end));
  return pieces;
}
