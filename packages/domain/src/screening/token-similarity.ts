import { CONFUSABLE_PAIRS } from './reference/confusable-characters.ts';

const CONFUSABLE_COST = 0.5;
const VOWEL_COST = 0.7;
const SHORT_WORD_PENALTY = 0.1;
// Two neighbouring letters swapped is the commonest typing slip ("Lavorv"): cheaper than two edits, in
// words long enough that a swap does not make another name (Ahmed / Hamed).
const TRANSPOSITION_COST = 0.75;
const CHEAP_TRANSPOSITION_FROM = 6;
// Letters that transliterations of the same Cyrillic, Arabic, Turkish or Korean sound swap ("Ilja"/"Ilya",
// "Ivanow"/"Ivanov", "Ahmed"/"Ahmet", Korean "Bong"/"Pong" and "Gim"/"Kim").
const TRANSLITERATION_PAIRS: readonly (readonly [string, string])[] = [
  ['j', 'y'],
  ['w', 'v'],
  ['k', 'q'],
  ['z', 's'],
  ['b', 'p'],
  ['d', 't'],
  ['g', 'k'],
];
const ASCII = 128;
/** Substitution costs between ASCII characters (folded text is ASCII), indexed `a * 128 + b`. */
const SUBSTITUTION_COSTS = buildSubstitutionCosts();

function buildSubstitutionCosts(): Float32Array {
  const costs = new Float32Array(ASCII * ASCII).fill(1);
  const vowels = [...'aeiouy'].map((char) => char.charCodeAt(0));
  // Vowels are what transliterations disagree on most ("Yusuf"/"Yosef", "Hussein"/"Husain").
  for (const a of vowels) for (const b of vowels) costs[a * ASCII + b] = VOWEL_COST;
  for (const [a, b] of [...CONFUSABLE_PAIRS, ...TRANSLITERATION_PAIRS]) {
    costs[a.charCodeAt(0) * ASCII + b.charCodeAt(0)] = CONFUSABLE_COST;
    costs[b.charCodeAt(0) * ASCII + a.charCodeAt(0)] = CONFUSABLE_COST;
  }
  for (let c = 0; c < ASCII; c++) costs[c * ASCII + c] = 0;
  return costs;
}

function substitutionCost(a: number, b: number): number {
  return a < ASCII && b < ASCII ? SUBSTITUTION_COSTS[a * ASCII + b]! : a === b ? 0 : 1;
}

let rowA = new Float64Array(32);
let rowB = new Float64Array(32);
let rowC = new Float64Array(32);

/**
 * Edit distance with adjacent transpositions (optimal string alignment), where confusable characters
 * (e/i, o/u, c/k …) and vowel-for-vowel substitutions cost less than other edits.
 */
export function weightedEditDistance(a: string, b: string): number {
  if (a === b) return 0;
  const transposition = Math.max(a.length, b.length) >= CHEAP_TRANSPOSITION_FROM ? TRANSPOSITION_COST : 1;
  const width = b.length + 1;
  if (rowA.length < width) {
    rowA = new Float64Array(width * 2);
    rowB = new Float64Array(width * 2);
    rowC = new Float64Array(width * 2);
  }
  let beforePrevious = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const charB = b.charCodeAt(j - 1);
      let cost = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + substitutionCost(charA, charB),
      );
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        cost = Math.min(cost, beforePrevious[j - 2]! + transposition);
      }
      current[j] = cost;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[width - 1]!;
}

/**
 * Similarity of two folded words, 0–1, from the weighted edit distance relative to the longer word.
 * Short words must be nearly identical: one edit in a three-letter word is a different name.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) > Math.max(2, longest / 3)) return 0;
  const distance = weightedEditDistance(a, b);
  if (longest <= 3 && distance > CONFUSABLE_COST) return 0;
  // In a four-letter word one full edit makes another name ("Omar"/"Oman", "Ali"/"Mali").
  const shortWordPenalty = longest <= 4 && distance >= 1 ? SHORT_WORD_PENALTY : 0;
  return Math.max(0, 1 - distance / longest - shortWordPenalty);
}
