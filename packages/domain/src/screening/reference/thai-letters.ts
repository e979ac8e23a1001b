// SOURCE: written by hand for Vigilo (December 2026) from the Royal Thai General System of Transcription
// (Royal Institute of Thailand, 1999 revision): the value of each consonant at the start and at the end of
// a syllable, and of each vowel sign. Tone marks and the short-vowel sign carry no Latin letter; the
// thanthakhat (์) silences the letter it is written on.

/** Thai consonants: [value at the start of a syllable, value at its end]. */
export const THAI_CONSONANTS: Readonly<Record<string, readonly [string, string]>> = {
  ก: ['k', 'k'],
  ข: ['kh', 'k'],
  ฃ: ['kh', 'k'],
  ค: ['kh', 'k'],
  ฅ: ['kh', 'k'],
  ฆ: ['kh', 'k'],
  ง: ['ng', 'ng'],
  จ: ['ch', 't'],
  ฉ: ['ch', 't'],
  ช: ['ch', 't'],
  ซ: ['s', 't'],
  ฌ: ['ch', 't'],
  ญ: ['y', 'n'],
  ฎ: ['d', 't'],
  ฏ: ['t', 't'],
  ฐ: ['th', 't'],
  ฑ: ['th', 't'],
  ฒ: ['th', 't'],
  ณ: ['n', 'n'],
  ด: ['d', 't'],
  ต: ['t', 't'],
  ถ: ['th', 't'],
  ท: ['th', 't'],
  ธ: ['th', 't'],
  น: ['n', 'n'],
  บ: ['b', 'p'],
  ป: ['p', 'p'],
  ผ: ['ph', 'p'],
  ฝ: ['f', 'p'],
  พ: ['ph', 'p'],
  ฟ: ['f', 'p'],
  ภ: ['ph', 'p'],
  ม: ['m', 'm'],
  ย: ['y', 'i'],
  ร: ['r', 'n'],
  ล: ['l', 'n'],
  ว: ['w', 'o'],
  ศ: ['s', 't'],
  ษ: ['s', 't'],
  ส: ['s', 't'],
  ห: ['h', ''],
  ฬ: ['l', 'n'],
  อ: ['', ''],
  ฮ: ['h', ''],
};

/** Vowel signs written after, above or below their consonant. */
export const THAI_FOLLOWING_VOWELS: Readonly<Record<string, string>> = {
  ะ: 'a',
  'ั': 'a',
  า: 'a',
  ำ: 'am',
  'ิ': 'i',
  'ี': 'i',
  'ึ': 'ue',
  'ื': 'ue',
  'ุ': 'u',
  'ู': 'u',
};

/** Vowel signs written before their consonant, and what they read as alone. */
export const THAI_PREPOSED_VOWELS: Readonly<Record<string, string>> = {
  เ: 'e',
  แ: 'ae',
  โ: 'o',
  ใ: 'ai',
  ไ: 'ai',
};

/** Compound vowels: preposed vowel + following signs (+ a letter read as part of the vowel). */
export const THAI_COMPOUND_VOWELS: Readonly<Record<string, string>> = {
  เีย: 'ia',
  เือ: 'uea',
  เา: 'ao',
  เาะ: 'o',
  เอ: 'oe',
  เะ: 'e',
  แะ: 'ae',
  โะ: 'o',
  'ัว': 'ua',
};

/** Letters that join a preceding k, kh, p, ph or t into one onset cluster (ปร "pr", กล "kl", กว "kw"). */
export const THAI_CLUSTER_SECONDS = 'รลว';
export const THAI_CLUSTER_FIRSTS = 'กขคปผพต';
/** ห written before a sonorant only marks its tone (หลีก "lik", หม "m"). */
export const THAI_TONE_H_SONORANTS = 'งญนมยรลว';
/** Marks without a Latin letter: tone marks, the short-vowel sign, the repetition mark. */
export const THAI_SILENT_MARKS = /[\u0e47-\u0e4b\u0e4d\u0e4e\u0e46]/gu;
export const THAI_THANTHAKHAT = '\u0e4c';
