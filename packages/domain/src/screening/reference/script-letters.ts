// SOURCE: written by hand for Vigilo (December 2026). Hangul: the Unicode Hangul syllable decomposition
// (Unicode Standard ch. 3.12) with the romanisation used by the DPRK and by the UN and EU lists for
// Korean names (McCune–Reischauer without breves and apostrophes: 김정은 → Kim Jong Un, 최룡해 → Choe Ryong
// Hae); each syllable is romanised as it is written at the start of a name syllable. Hebrew: the consonant
// values of the SBL simple transliteration, with vav and yod read as vowels inside a word. Greek: the
// ELOT 743 digraphs that letter-by-letter transliteration gets wrong.

/** Initial consonants of a Hangul syllable, in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ). */
export const HANGUL_INITIALS: readonly string[] = [
  'k',
  'kk',
  'n',
  't',
  'tt',
  'r',
  'm',
  'p',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'kh',
  'th',
  'ph',
  'h',
];

/** Vowels of a Hangul syllable, in Unicode order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ). */
export const HANGUL_VOWELS: readonly string[] = [
  'a',
  'ae',
  'ya',
  'yae',
  'o',
  'e',
  'yo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'u',
  'ui',
  'i',
];

/** Final consonants of a Hangul syllable, in Unicode order (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ … ㅎ). */
export const HANGUL_FINALS: readonly string[] = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/** Hebrew consonants (final forms included); vav and yod are handled by position. */
export const HEBREW_LETTERS: Readonly<Record<string, string>> = {
  א: '',
  ב: 'b',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ז: 'z',
  ח: 'h',
  ט: 't',
  כ: 'k',
  ך: 'k',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  ע: '',
  פ: 'p',
  ף: 'f',
  צ: 'ts',
  ץ: 'ts',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
};

/**
 * Hebrew letters followed by a geresh (׳, or an apostrophe typed in its place) for sounds Hebrew lacks, as
 * in ג׳ורג׳ (George), ז׳אן (Jean), צ׳רלי (Charlie). Sources: Academy of the Hebrew Language, transliteration
 * rules (2006: ג׳ ז׳ צ׳ for foreign names) and rules for transcribing Arabic into Hebrew (ת׳ ד׳ ח׳ ע׳), as
 * summarised in Wikipedia's "Geresh" (read 2 December 2026).
 */
export const HEBREW_GERESH_LETTERS: Readonly<Record<string, string>> = {
  ג: 'j',
  ז: 'zh',
  צ: 'ch',
  ת: 'th',
  ד: 'dh',
  ח: 'kh',
  ע: 'gh',
};

/** Greek digraphs written as one Latin sound (ELOT 743): ου, and μπ / ντ / γκ at the start of a word. */
export const GREEK_DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/ου/gu, 'ou'],
  [/ού/gu, 'ou'],
  [/(?<!\p{L})μπ/gu, 'b'],
  [/(?<!\p{L})ντ/gu, 'd'],
  [/(?<!\p{L})γκ/gu, 'g'],
  [/γγ/gu, 'ng'],
];

/**
 * Arabic emphatic and interdental consonants as the lists write them in names (ظ of Zawahiri is "z",
 * not the "dh" of scholarly transliteration).
 */
export const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  ظ: 'z',
  ض: 'd',
  ذ: 'dh',
  ث: 'th',
  ص: 's',
  ط: 't',
  // Ta marbuta and alif maqsura end a name with the vowel "a" (ALA-LC: pausal form; أسامة Usama, يحيى Yahya).
  ة: 'a',
  ى: 'a',
};

/** Letters a screened name reads otherwise than {@link ARABIC_LETTERS} (see ScriptOptions.isQuery). */
export const ARABIC_QUERY_READINGS: Readonly<Record<string, string>> = {
  // ALA-LC: alif inside a word is the long vowel ā (لادن Ladin, بشار Bashar); at the start it is a seat.
  ا: 'a',
  // Read d in Arab names, z in Persian, Urdu and Caucasian ones (رمضان Ramadan / Ramzan): "dh", the spelling
  // of both readings (Ramadhan), compared as either (reference/unvowelled-skeleton.ts).
  ض: 'dh',
};

/** ALA-LC: و and ي after a consonant and before no other vowel letter are the long vowels ū and ī (أبو Abu). */
export const ARABIC_LONG_VOWELS: Readonly<Record<string, string>> = { و: 'u', ي: 'i' };

/**
 * Words the lists write joined to the word before them: the name of God in theophoric names (نصر الله
 * Nasrallah, عبد الله Abdullah; ALA-LC writes "Allāh" whole, its article not split off).
 */
export const ARABIC_WHOLE_WORDS: Readonly<Record<string, string>> = { الله: 'allah' };
