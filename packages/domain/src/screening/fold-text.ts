import anyAscii from 'any-ascii';
import { type ScriptOptions, transliterateScripts } from './transliterate-scripts.ts';

// Han is written without spaces between syllables: transliterated one character at a time so each
// syllable becomes a name part instead of one run-together word (Hangul and kana: transliterate-scripts.ts).
const SYLLABIC_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff]/gu;
const APOSTROPHES = /['’‘`´ʻʼʹ]/gu;
// Dots inside abbreviations ("N.V.", "S.A.") are dropped so the letters stay together; other punctuation
// separates words.
const DOTS = /\./gu;
const NON_ALPHANUMERIC = /[^a-z0-9]+/gu;

/**
 * Folds a name to the comparable form used everywhere in screening: Unicode NFKC, every script
 * transliterated to Latin ASCII (Cyrillic, Greek, Arabic/Persian, Hebrew, Armenian, Georgian, CJK …),
 * accents and case removed, apostrophes and dots dropped, other punctuation turned into spaces.
 *
 * `foldText('Владимир ПУТИН')` → `'vladimir putin'`; `foldText("Mu'ammar al-Qadhafi")` → `'muammar al qadhafi'`.
 */
export function foldText(raw: string, options: ScriptOptions = {}): string {
  const spacedSyllables = transliterateScripts(raw.normalize('NFKC'), options).replace(
    SYLLABIC_CHAR,
    (char) => ` ${anyAscii(char)} `,
  );
  return anyAscii(spacedSyllables)
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(DOTS, '')
    .replace(NON_ALPHANUMERIC, ' ')
    .trim();
}

/** Splits folded text into words. */
export function splitWords(folded: string): string[] {
  return folded.length === 0 ? [] : folded.split(' ');
}
