// SOURCE: written by hand for Vigilo (December 2026) from the published romanisation systems whose
// outputs appear side by side in the EU, UN and OFAC lists: Russian GOST 7.79 / BGN-PCGN / ISO 9 and the
// German (Duden) and French (Larousse) press conventions for Cyrillic; ALA-LC, DIN 31635 and the French
// "transcription usuelle" for Arabic (article assimilation, bin/ben/ibn); Revised Romanisation (2000) and
// McCune–Reischauer for Korean; ELOT 743 and the usual English equivalents for Greek given names.
// Facts about spelling conventions, not copied code.

/**
 * Rewrites that bring the spellings one sound receives in different romanisation systems to one
 * canonical spelling, applied in order to a folded word. Two words with the same rewritten form are the
 * same name written by two conventions ("Atabiyev" / "Atabiev", "Kadyroff" / "Kadyrow" / "Kadyrov").
 * A third element is the shortest word the rewrite applies to.
 */
export const TRANSLITERATION_REWRITES: readonly (readonly [RegExp, string, number?])[] = [
  // Russian -ьев / -иев endings: -iev, -iyev, -ijev, -yev, -jev.
  [/(?:iy|ij|yi|i|y|j)ev$/, 'iev'],
  [/(?:iy|ij|i|y|j)eva$/, 'ieva'],
  // Patronymics: -ovich (EN), -ovitch (FR), -owitsch (DE), -ovitj (SV), -ović (HR/SR), -owicz (PL).
  [/(?:owitsch|ovitch|ovitsch|ovitj|owicz|owitz|ovic|ovich)$/, 'ovich'],
  [/(?:ewitsch|evitch|evitsch|evitj|ewicz|evic|evich)$/, 'evich'],
  [/(?:owna|ovna)$/, 'ovna'],
  // Surname endings -ov / -off / -ow, -ev / -eff / -ew (-ов, -ев).
  [/(?:off|ow)$/, 'ov'],
  [/(?:eff|ew)$/, 'ev'],
  [/(?:inne|ine)$/, 'in'],
  // Consonants: German tsch / sch, French dj / j for ж, kh / h / German ch before a consonant (Achmat).
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/dzh|dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/ch(?=[^aeiouy]|$)/g, 'h'],
  [/ph/g, 'f'],
  [/gu(?=[eiy])/g, 'g'],
  [/w/g, 'v'],
  [/ks/g, 'x'],
  // Vowels: French ou for u, Korean RR eo / eu for McCune–Reischauer o / u (not Dutch oo / ee: long o, e).
  [/eo/g, 'o'],
  [/eu/g, 'u'],
  [/ou/g, 'u'],
  // j / y / i for й and the Arabic ي (from four letters: "Aly" / "Ali" are told apart by spelling).
  [/y/g, 'i', 4],
  [/(?<=[aeiou])j(?=[^aeiou]|$)/g, 'i'],
  [/ii+/g, 'i'],
];

/**
 * Doubled letters are written single in one system and double in another (Assad / Asad, Hassan /
 * Hasan); in short words the doubling makes another name (Ana / Anna), so only from this length on.
 */
export const DOUBLED_LETTERS = { pattern: /([a-z])\1/g, minLength: 5 } as const;

/** Name particles that are one particle written several ways: the Arabic article and "son of". */
export const PARTICLE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  al: ['al', 'el', 'ul', 'il', 'az', 'ash', 'adh', 'ath'],
  bin: ['bin', 'ben', 'ibn', 'bn', 'ibnu'],
  bint: ['bint', 'binti'],
  van: ['van', 'von'],
};

/**
 * Given names and surnames that are one name across languages or romanisation systems but share too
 * little spelling for an edit distance: Greek given names and their English forms, Korean surnames in
 * North Korean, McCune–Reischauer and Revised Romanisation. (The forms of Muhammad share the phonetic key
 * `mhmd` already, and count as a phonetic agreement.)
 */
export const NAME_EQUIVALENTS: readonly (readonly string[])[] = [
  ['alexandros', 'alexander', 'alexandre', 'aleksandr', 'alexandr', 'aleksander', 'alessandro'],
  ['georgios', 'george', 'georges', 'georg', 'giorgos', 'yorgos'],
  ['konstantinos', 'constantine', 'constantin', 'konstantin', 'kostas'],
  ['dimitrios', 'dimitri', 'demetrius', 'dmitri', 'dmitry', 'dimitris'],
  ['ioannis', 'john', 'yannis', 'giannis'],
  ['nikolaos', 'nicholas', 'nicolas', 'nikolai', 'nikolay', 'nikos'],
  ['michail', 'michael', 'michel', 'mikhail', 'michalis'],
  ['vasileios', 'basil', 'vasily', 'vassilis', 'vasilis'],
  ['panagiotis', 'panayiotis', 'panos'],
  ['athanasios', 'thanasis', 'athanase'],
  ['christos', 'hristos'],
  ['kim', 'gim'],
  ['ri', 'lee', 'yi', 'rhee', 'li', 'rhie'],
  ['pak', 'park', 'bak', 'bark'],
  ['choe', 'choi', 'chwe', 'choy'],
  ['jong', 'jung', 'chong', 'jeong', 'cheong', 'chung'],
  ['kang', 'gang'],
  ['jo', 'cho'],
  ['yun', 'yoon'],
  ['jang', 'chang'],
  ['rim', 'lim', 'im'],
  ['o', 'oh'],
  ['so', 'seo', 'suh'],
  ['sin', 'shin'],
  ['kwon', 'gwon'],
  ['an', 'ahn'],
  ['ryu', 'yu', 'yoo', 'you'],
  ['jon', 'jeon', 'chon', 'chun'],
  ['ko', 'go'],
  ['mun', 'moon'],
  ['pae', 'bae'],
  ['paek', 'baek', 'paik'],
  ['ho', 'heo', 'hur'],
  ['ro', 'no', 'noh', 'roh'],
  ['kil', 'gil'],
  ['thae', 'tae'],
];
