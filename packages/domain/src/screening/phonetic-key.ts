// Spellings that transliterations of the same sound produce (Russian Х as kh/h/ch, Ж as zh/j, Arabic ق as
// q/k, ث as th/s …), rewritten to one class letter before vowels are dropped.
const DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/dzh|dsch|dj|zh/g, 'j'],
  [/tsch|tch|cz|ch/g, 'C'],
  [/sch|sh|sz/g, 'S'],
  [/kh|gh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ts|tz/g, 'z'],
  [/ck|q|c/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/z/g, 's'],
];
const VOWEL_LIKE = /[aeiouyh]/;

/**
 * A coarse phonetic key: consonant skeleton after merging transliteration variants.
 * "Mohammed", "Muhamad" and Arabic "محمد" (mhmd) share `mhmd`; "Usama"/"Osama" share `asm`.
 * Used to generate candidates and to credit spelling variants; never decides a match alone.
 */
export function phoneticKey(word: string): string {
  let text = word;
  for (const [pattern, replacement] of DIGRAPHS) text = text.replace(pattern, replacement);
  let key = VOWEL_LIKE.test(text[0] ?? '') ? 'a' : '';
  let previous = key;
  for (const char of text) {
    if (VOWEL_LIKE.test(char)) {
      previous = '';
      continue;
    }
    if (char !== previous) key += char;
    previous = char;
  }
  return key;
}
