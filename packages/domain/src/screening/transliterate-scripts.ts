import { toRomaji } from 'wanakana';
import { KOREAN_HANJA_READINGS } from './reference/korean-hanja-readings.ts';
import {
  ARABIC_LETTERS,
  GREEK_DIGRAPHS,
  HANGUL_FINALS,
  HANGUL_INITIALS,
  HANGUL_VOWELS,
  HEBREW_LETTERS,
} from './reference/script-letters.ts';

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/gu;
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

export interface ScriptOptions {
  /** Read Han characters in Korean (金正恩 → "kim jong un") rather than Mandarin: the subject is Korean. */
  hanAsKorean?: boolean;
}
const KANA_RUN =
  /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f][\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u30fc・]*/gu;
const HEBREW_WORD = /[\u05d0-\u05ea][\u05b0-\u05c7\u05d0-\u05ea]*/gu;
const HEBREW_POINTS = /[\u05b0-\u05c7]/gu;
// The Arabic article written joined to the name (البشير): split off so that the name compares alone.
const ARABIC_ARTICLE = /(?<![\u0600-\u06ff])ال(?=[\u0600-\u06ff]{2})/gu;
// A word-initial alif, hamza or ain carries a vowel: written "a" so that أسامة keeps its first syllable.
const ARABIC_INITIAL_VOWEL = /(?<![\u0600-\u06ff])[اأإآع]/gu;
const ARABIC_EMPHATIC = /[ظضذثصط]/gu;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/u;

/**
 * Transliterates the scripts whose names `any-ascii` alone renders in a form the lists do not use:
 * Hangul in the romanisation of the lists (김정은 → "kim jong un", one name part per syllable), kana in
 * Hepburn without long-vowel marks (ショウコウ → "shoko"), Hebrew consonants with vav and yod read by
 * position, the Arabic article split from the name, Greek digraphs; Han characters in their Korean
 * reading when asked (a Korean subject). Other text is returned unchanged for `any-ascii`.
 */
export function transliterateScripts(text: string, options: ScriptOptions = {}): string {
  const korean = options.hanAsKorean
    ? text.replace(HAN_CHAR, (char) => KOREAN_HANJA_READINGS[char] ?? char)
    : text;
  let result = korean.replace(HANGUL_SYLLABLE, (syllable) => ` ${romaniseHangulSyllable(syllable)} `);
  result = result.replace(KANA_RUN, (run) => ` ${romaniseKana(run)} `);
  result = result.replace(HEBREW_WORD, (word) => transliterateHebrewWord(word));
  result = result.replace(ARABIC_ARTICLE, 'al ').replace(ARABIC_INITIAL_VOWEL, 'a');
  result = result.replace(ARABIC_EMPHATIC, (letter) => ARABIC_LETTERS[letter] ?? letter);
  if (GREEK.test(result)) {
    // Case is folded afterwards anyway; lower case lets one table serve ΜΠ and μπ.
    result = result.toLowerCase();
    for (const [pattern, replacement] of GREEK_DIGRAPHS) result = result.replace(pattern, replacement);
  }
  return result;
}

function romaniseHangulSyllable(syllable: string): string {
  const offset = syllable.charCodeAt(0) - 0xac00;
  const initial = Math.floor(offset / (21 * 28));
  const vowel = Math.floor((offset % (21 * 28)) / 28);
  const final = offset % 28;
  return HANGUL_INITIALS[initial]! + HANGUL_VOWELS[vowel]! + HANGUL_FINALS[final]!;
}

function romaniseKana(run: string): string {
  return toRomaji(run.replace(/・/gu, ' ')).replace(/['/]/g, ' ').replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
}

/**
 * Hebrew is written without most vowels: vav and yod are consonants (v, y) at the start of a word,
 * doubled, or before another vowel letter, and vowels (dropped) elsewhere, as in ינון (Yinon) and לוי (Levi).
 */
function transliterateHebrewWord(word: string): string {
  const letters = [...word.replace(HEBREW_POINTS, '')];
  let latin = '';
  letters.forEach((letter, i) => {
    const next = letters[i + 1];
    if (letter === 'ו' || letter === 'י') {
      const isConsonant = i === 0 || next === letter || (next !== undefined && 'אהעוי'.includes(next));
      if (isConsonant && letters[i - 1] !== letter) latin += letter === 'ו' ? 'v' : 'y';
      return;
    }
    latin += i === 0 && (letter === 'א' || letter === 'ע') ? 'a' : (HEBREW_LETTERS[letter] ?? '');
  });
  return latin;
}
