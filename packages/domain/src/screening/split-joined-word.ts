/** Shortest piece a joined word is split into ("un" of "kimjongun"). */
const MIN_PIECE = 2;
const MAX_PIECES = 4;
/** Words shorter than this are never split: "alia" is not "al" + "ia". */
const MIN_JOINED_LENGTH = 6;

/**
 * Splits a word written without spaces ("vladimirputin", "kimjongun", "basharalassad") into the fewest
 * words that all exist in the lists' vocabulary, or returns null when there is no such split. The caller
 * only asks for words that are themselves absent from the vocabulary.
 */
export function splitJoinedWord(word: string, isKnown: (piece: string) => boolean): string[] | null {
  if (word.length < MIN_JOINED_LENGTH) return null;
  // fewest[i]: fewest known pieces covering word[0, i), with the start of the last one.
  const fewest: { count: number; from: number }[] = [{ count: 0, from: -1 }];
  for (let end = MIN_PIECE; end <= word.length; end++) {
    for (let start = 0; start <= end - MIN_PIECE; start++) {
      const before = fewest[start];
      if (!before || before.count >= MAX_PIECES || !isKnown(word.slice(start, end))) continue;
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
