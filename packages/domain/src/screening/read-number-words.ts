import {
  DUTCH_COMPOUND,
  NUMBER_JOINERS,
  NUMBER_MULTIPLIERS,
  NUMBER_WORDS,
  ORDINAL_DIGITS,
} from './reference/number-words.ts';

/**
 * Writes numbers in digits, whatever language spelled them: "forty four" / "quarante quatre" /
 * "vierenveertig" → "44", "dix sept" → "17", "quatre vingt dix" → "90", "17th" → "17", so that
 * "Forty-Four Shipping" and "44 Shipping" compare equal. Works on folded words.
 */
export function readNumberWords(words: readonly string[]): string[] {
  const result: string[] = [];
  let index = 0;
  while (index < words.length) {
    const parsed = parseNumberAt(words, index);
    if (parsed) {
      result.push(String(parsed.value));
      index += parsed.length;
      continue;
    }
    const word = words[index]!;
    result.push(ORDINAL_DIGITS.exec(word)?.[1] ?? word);
    index += 1;
  }
  return result;
}

/** The longest number spelled from word `start` on, or null when the word is no number word. */
function parseNumberAt(words: readonly string[], start: number): { value: number; length: number } | null {
  let total = 0;
  let current = 0;
  let length = 0;
  let lastWasValue = false;
  for (let i = start; i < words.length; i++) {
    const word = words[i]!;
    const value = wordValue(word);
    if (value !== null) {
      // "dix sept" = 17, "vingt deux" = 22, "quatre vingt" = 80 (by the multiplier below).
      current += value;
      lastWasValue = true;
    } else if (word in NUMBER_MULTIPLIERS && (lastWasValue || NUMBER_MULTIPLIERS[word] === 100)) {
      const multiplier = NUMBER_MULTIPLIERS[word]!;
      if (multiplier >= 1000) {
        total += Math.max(current, 1) * multiplier;
        current = 0;
      } else current = Math.max(current, 1) * multiplier;
      lastWasValue = true;
    } else if (word === 'vingt' || word === 'vingts') {
      current = current === 0 ? 20 : current * 20;
    } else if (
      NUMBER_JOINERS.has(word) &&
      lastWasValue &&
      i + 1 < words.length &&
      wordValue(words[i + 1]!) !== null
    ) {
      lastWasValue = false;
    } else break;
    length = i - start + 1;
  }
  return length === 0 ? null : { value: total + current, length };
}

function wordValue(word: string): number | null {
  if (word === 'vingt' || word === 'vingts') return null;
  const value = NUMBER_WORDS[word];
  if (value !== undefined) return value;
  const compound = DUTCH_COMPOUND.exec(word);
  if (!compound) return null;
  const unit = compound[1] === 'een' ? 1 : NUMBER_WORDS[compound[1]!]!;
  return unit + NUMBER_WORDS[compound[2]!]!;
}
