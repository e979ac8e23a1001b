// SOURCE: written by hand for Vigilo (December 2026) from the letter tables of ALA-LC romanisation (Arabic,
// Hebrew), the Royal Thai General System and the spellings the UN, EU and OFAC lists use for the same
// letters. A word transliterated from Arabic, Hebrew or Thai script carries few or none of its vowels, and
// each of these letters has several Latin spellings across systems; they are read as one class:
// - ش / ช / ฉ / French ch / German sch: sh, ch, sch, tch, tsch;
// - ج: j, dj, dzh, zh;
// - ق ك خ / ก ข ค: q, k, c, ck, kh (Thai aspirated consonants are written with or without h);
// - ب / ב (b or v) / บ ป พ ภ: b, p, ph, bh;
// - ف / ו / ว / פ without dagesh: f, v, w;
// - ت ط د / ต ท ด ธ / ט ת ד: t, d, th, dh;
// - س ص ز / ס צ ז / ส ศ ษ ซ: s, z, ts, tz;
// - h (ه ح ة ה ห, and the h of aspirated digraphs) is dropped, like the vowels;
// - w and y inside a word are the vowel letters و ي / ו י (ū, ī), dropped; at the start they are consonants.

/** Ordered rewrites to one letter per class (applied to folded ASCII text). */
export const UNVOWELLED_CLASSES: readonly (readonly [RegExp, string])[] = [
  [/tsch|tch|sch|sh|ch/g, 'S'],
  [/dzh|dj|zh|j/g, 'J'],
  [/ck|kh|q|c/g, 'k'],
  [/ph|bh|b/g, 'p'],
  [/[fw]/g, 'v'],
  [/th|dh|d/g, 't'],
  [/ts|tz|z/g, 's'],
];
