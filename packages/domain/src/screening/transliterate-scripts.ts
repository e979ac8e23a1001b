import { toRomaji } from 'wanakana';
import { KOREAN_HANJA_READINGS } from './reference/korean-hanja-readings.ts';
import {
  ARABIC_LETTERS,
  ARABIC_LONG_VOWELS,
  ARABIC_QUERY_READINGS,
  ARABIC_WHOLE_WORDS,
  GREEK_DIGRAPHS,
  HANGUL_FINALS,
  HANGUL_INITIALS,
  HANGUL_VOWELS,
  HEBREW_GERESH_LETTERS,
  HEBREW_LETTERS,
} from './reference/script-letters.ts';
import {
  THAI_CLUSTER_FIRSTS,
  THAI_CLUSTER_SECONDS,
  THAI_COMPOUND_VOWELS,
  THAI_CONSONANTS,
  THAI_FOLLOWING_VOWELS,
  THAI_PREPOSED_VOWELS,
  THAI_SILENT_MARKS,
  THAI_THANTHAKHAT,
  THAI_TONE_H_SONORANTS,
} from './reference/thai-letters.ts';

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/gu;
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

export interface ScriptOptions {
  /** Read Han characters in Korean (金正恩 → "kim jong un") rather than Mandarin: the subject is Korean. */
  hanAsKorean?: boolean;
  /**
   * A screened name: Arabic long vowels written and ض read "dh" (compared by consonant classes against
   * Latin aliases). Listed aliases keep the plain reading, against which Latin queries
   * are compared by skeleton ("hsn" is Hasan, not Hussain, whose ي a vowelled reading would write).
   */
  isQuery?: boolean;
}
const KANA_RUN =
  /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f][\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u30fc・]*/gu;
// A geresh (׳, or the apostrophe typed for it) belongs to the letter before it: ג׳ורג׳ is one word.
const HEBREW_WORD =
  /[\u05d0-\u05ea](?:[\u05b0-\u05c7\u05d0-\u05ea]|[\u05f3'\u2019](?=[\u05d0-\u05ea]|$|[^\p{L}]))*/gu;
const GERESH = /[\u05f3'\u2019]/u;
const HEBREW_POINTS = /[\u05b0-\u05c7]/gu;
// The Arabic article written joined to the name (البشير): split off so that the name compares alone.
const ARABIC_ARTICLE = /(?<![\u0600-\u06ff])ال(?=[\u0600-\u06ff]{2})/gu;
// A word-initial alif, hamza or ain carries a vowel: written "a" so that أسامة keeps its first syllable.
const ARABIC_INITIAL_VOWEL = /(?<![\u0600-\u06ff])[اأإآع]/gu;
const ARABIC_TABLE_LETTERS = /[ظضذثصطةى]/gu;
const ARABIC_QUERY_LETTERS = /[ضا]/gu;
const ARABIC_WHOLE_WORD = new RegExp(
  `(?<![\\u0600-\\u06ff])(${Object.keys(ARABIC_WHOLE_WORDS).join('|')})(?![\\u0600-\\u06ff])`,
  'gu',
);
// و / ي after a consonant letter (not alif, hamza, ta marbuta or another vowel letter) and before no vowel
// letter: a long vowel, not the consonant of يحيى (Yahya) or السنوار (Sinwar).
const ARABIC_LONG_VOWEL =
  /(?<=[\u0628\u062a-\u063a\u0641-\u0647])[وي](?![\u0621-\u0627\u0629\u0648\u0649\u064a])/gu;
const THAI_WORD = /[\u0e01-\u0e4e]+/gu;
/** Letters of the scripts that leave vowels unwritten (Arabic, Hebrew) or implied (Thai). */
export const UNVOWELLED_SCRIPT = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0e00-\u0e7f]/u;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/u;

/**
 * Transliterates the scripts whose names `any-ascii` alone renders in a form the lists do not use:
 * Hangul in the romanisation of the lists (김정은 → "kim jong un", one name part per syllable), kana in
 * Hepburn without long-vowel marks (ショウコウ → "shoko"), Hebrew consonants with vav and yod read by
 * position, the Arabic article split from the name, Thai by the Royal Thai General System, Greek digraphs; Han characters in their Korean
 * reading when asked (a Korean subject). Other text is returned unchanged for `any-ascii`.
 */
export function transliterateScripts(text: string, options: ScriptOptions = {}): string {
  const korean = options.hanAsKorean
    ? text.replace(HAN_CHAR, (char) => KOREAN_HANJA_READINGS[char] ?? char)
    : text;
  let result = korean.replace(HANGUL_SYLLABLE, (syllable) => ` ${romaniseHangulSyllable(syllable)} `);
  result = result.replace(KANA_RUN, (run) => ` ${romaniseKana(run)} `);
  result = result.replace(HEBREW_WORD, (word) => transliterateHebrewWord(word));
  result = result.replace(ARABIC_WHOLE_WORD, (word) => ARABIC_WHOLE_WORDS[word] ?? word);
  result = result.replace(ARABIC_ARTICLE, 'al ').replace(ARABIC_INITIAL_VOWEL, 'a');
  if (options.isQuery) {
    result = result
      .replace(ARABIC_LONG_VOWEL, (letter) => ARABIC_LONG_VOWELS[letter] ?? letter)
      .replace(ARABIC_QUERY_LETTERS, (letter) => ARABIC_QUERY_READINGS[letter] ?? letter);
  }
  result = result.replace(ARABIC_TABLE_LETTERS, (letter) => ARABIC_LETTERS[letter] ?? letter);
  result = result.replace(THAI_WORD, (word) => transliterateThaiWord(word));
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
    if (GERESH.test(letter)) return;
    if (next !== undefined && GERESH.test(next) && HEBREW_GERESH_LETTERS[letter]) {
      latin += HEBREW_GERESH_LETTERS[letter];
      return;
    }
    if (letter === 'ו' || letter === 'י') {
      const isConsonant = i === 0 || next === letter || (next !== undefined && 'אהעוי'.includes(next));
      if (isConsonant && letters[i - 1] !== letter) latin += letter === 'ו' ? 'v' : 'y';
      return;
    }
    latin += i === 0 && (letter === 'א' || letter === 'ע') ? 'a' : (HEBREW_LETTERS[letter] ?? '');
  });
  return latin;
}

interface ThaiUnit {
  consonant: string;
  preposed: string;
  marks: string;
  silent: boolean;
}

/**
 * Thai by the Royal Thai General System (reference/thai-letters.ts): consonants take their value at the
 * start or at the end of a syllable, preposed vowels are read after their consonant, a consonant without
 * a vowel sign carries the implied "o" (closed syllable: สม "som") or "a" (open: สวัสดิ์ "sawat"), clusters
 * (ปร "pr") and a tone-marking ห (หลีก "lik") are read as one onset, letters under ์ are silent. A last
 * consonant after a syllable's end keeps its letter ("ชินวัตร" → "chinwatr"), as personal spellings do.
 */
function transliterateThaiWord(word: string): string {
  const units = readThaiUnits(word);
  let latin = '';
  let isOpen = false;
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    const next = units[k + 1];
    const isBare = (u: ThaiUnit | undefined) => u !== undefined && !u.silent && !u.marks && !u.preposed;
    // A silent letter may take the bare consonant before it along (จันทร์ "chan").
    if (unit.silent || (isBare(unit) && !isOpen && k > 0 && next?.silent)) continue;
    const [initial, final] = THAI_CONSONANTS[unit.consonant]!;
    const vowel = readThaiVowel(unit, next);
    if (vowel) {
      latin += initial + vowel.text;
      isOpen = !unit.marks.endsWith('ะ') && !unit.marks.includes('ำ');
      if (vowel.takesNext) k += 1;
      continue;
    }
    if (isOpen) {
      latin += final;
      isOpen = false;
      continue;
    }
    if (!next || next.silent) {
      latin += initial;
      continue;
    }
    const nextHasVowel = !isBare(next);
    if (
      nextHasVowel &&
      THAI_CLUSTER_FIRSTS.includes(unit.consonant) &&
      THAI_CLUSTER_SECONDS.includes(next.consonant)
    ) {
      latin += initial;
    } else if (nextHasVowel && unit.consonant === 'ห' && THAI_TONE_H_SONORANTS.includes(next.consonant)) {
      // tone mark only
    } else if (isBare(next) && (next.consonant === 'ว' || next.consonant === 'อ') && units[k + 2]) {
      latin += initial + (next.consonant === 'ว' ? 'ua' : 'o');
      isOpen = true;
      k += 1;
    } else if (isBare(next)) {
      latin += `${initial}o`;
      isOpen = true;
    } else {
      latin += `${initial}a`;
    }
  }
  return latin;
}

function readThaiUnits(word: string): ThaiUnit[] {
  const units: ThaiUnit[] = [];
  let preposed = '';
  for (const char of word.replace(THAI_SILENT_MARKS, '')) {
    if (THAI_PREPOSED_VOWELS[char] !== undefined) {
      preposed = char;
    } else if (THAI_CONSONANTS[char] !== undefined) {
      units.push({ consonant: char, preposed, marks: '', silent: false });
      preposed = '';
    } else if (char === THAI_THANTHAKHAT) {
      if (units.length > 0) units[units.length - 1]!.silent = true;
    } else if (units.length > 0) {
      units[units.length - 1]!.marks += char;
    }
  }
  // A preposed vowel belongs to the whole onset cluster: เปรม is p-r-e-m, not pe-r-m.
  units.forEach((unit, i) => {
    const next = units[i + 1];
    const isOnsetPair =
      THAI_CLUSTER_FIRSTS.includes(unit.consonant) && THAI_CLUSTER_SECONDS.includes(next?.consonant ?? '-');
    const isToneH = unit.consonant === 'ห' && THAI_TONE_H_SONORANTS.includes(next?.consonant ?? '-');
    if (unit.preposed && !unit.marks && next && !next.preposed && units[i + 2] && (isOnsetPair || isToneH)) {
      next.preposed = unit.preposed;
      unit.preposed = '';
    }
  });
  return units;
}

function readThaiVowel(
  unit: ThaiUnit,
  next: ThaiUnit | undefined,
): { text: string; takesNext: boolean } | null {
  const nextIsBare = next !== undefined && !next.marks && !next.preposed && !next.silent;
  if (unit.preposed) {
    const withNext = nextIsBare
      ? THAI_COMPOUND_VOWELS[unit.preposed + unit.marks + next.consonant]
      : undefined;
    if (withNext !== undefined) return { text: withNext, takesNext: true };
    const compound = THAI_COMPOUND_VOWELS[unit.preposed + unit.marks];
    if (compound !== undefined) return { text: compound, takesNext: false };
    return { text: THAI_PREPOSED_VOWELS[unit.preposed]! + followingVowels(unit.marks), takesNext: false };
  }
  if (!unit.marks) return null;
  if (unit.marks === 'ั' && nextIsBare && next.consonant === 'ว') return { text: 'ua', takesNext: true };
  return { text: followingVowels(unit.marks), takesNext: false };
}

function followingVowels(marks: string): string {
  return [...marks].map((mark) => THAI_FOLLOWING_VOWELS[mark] ?? '').join('');
}
