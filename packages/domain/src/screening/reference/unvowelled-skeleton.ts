// SOURCE: written by hand for Vigilo (December 2026) from the letter tables of ALA-LC romanisation (Arabic,
// Hebrew), the Royal Thai General System and the spellings the UN, EU and OFAC lists use for the same
// letters. A word transliterated from Arabic, Hebrew or Thai script carries few or none of its vowels, and
// each of these letters has several Latin spellings across systems; they are read as one class:
// - ش / ช / ฉ / French ch / German sch: sh, ch, sch, tch, tsch;
// - ج: j, dj, dzh, zh;
// - ق ك خ / ก ข ค: q, k, c, ck, kh (Thai aspirated consonants are written with or without h);
// - labials, one class: ب / ב (b or v) / บ ป พ ภ: b, p, ph, bh; ف / ו / ว / פ without dagesh: f, v, w.
//   Arabic has neither p nor v, so the press writes بوتين for Putin and فلاديمير for Vladimir, and unpointed
//   Hebrew ב is b or v (Bar / Zvi, Sharvit) and פ p or f (ISO 259 / SBL: b/v, p/f by dagesh only);
// - ت ط د / ต ท ด ธ / ט ת ד: t, d, th, dh;
// - س ص ز / ס צ ז / ส ศ ษ ซ: s, z, ts, tz;
// - h (ه ح ة ה ห, and the h of aspirated digraphs) is dropped, like the vowels;
// - w and y inside a word are the vowel letters و ي / ו י (ū, ī), dropped; at the start they are consonants.

/** Ordered rewrites to one letter per class (applied to folded ASCII text). */
export const UNVOWELLED_CLASSES: readonly (readonly [RegExp, string])[] = [
  [/tsch|tch|sch|sh|ch/g, 'S'],
  [/dzh|dj|zh|j/g, 'J'],
  [/ck|kh|q|c/g, 'k'],
  [/ph|bh|[bpfvw]/g, 'p'],
  // Kept apart from t so that its other reading can be tried (UNVOWELLED_ALTERNATIVES).
  [/dh/g, 'D'],
  [/th|d/g, 't'],
  [/ts|tz|z/g, 's'],
];

// SOURCE: ALA-LC romanisation tables for Hebrew (2011: unpointed ש is šin "sh" or śin "s") and for Persian
// and Urdu (ذ ض ظ all pronounced and romanised z: رضا Reza, رمضان Ramazan / Ramzan), and the spellings of
// the UN, EU and OFAC lists ("GOPSTEIN" for גופשטיין, "RAMZAN"). A class letter the script leaves
// ambiguous: the query word's key is also tried with each other reading (a listed word has one key).
export const UNVOWELLED_ALTERNATIVES: readonly (readonly [string, readonly string[]])[] = [
  ['S', ['s']],
  ['D', ['t', 's']],
];
