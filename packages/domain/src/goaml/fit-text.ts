/**
 * Text fitting for goAML elements: characters XML 1.0 cannot carry are removed, names are transliterated
 * when the FIU only admits Latin letters, and values longer than the schema's maxLength are cut. Lengths
 * are counted in characters (code points), as XSD counts them, and a cut never splits a surrogate pair.
 */

// XML 1.0 characters: tab, line feed, carriage return, and U+0020 and above, except lone surrogates
// (iterating a string yields them as single code units) and U+FFFE/U+FFFF, which are not characters.
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Removes what XML 1.0 cannot carry; normalises to NFC so "é" is one character, as the portal shows it. */
export function removeInvalidXmlCharacters(value: string): string {
  let out = '';
  for (const char of value.normalize('NFC')) if (isXmlChar(char.codePointAt(0)!)) out += char;
  return out;
}

/** The length an XSD `maxLength` facet measures: code points, not UTF-16 units. */
export function xsdLength(value: string): number {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}

/** The first `max` characters (code points), trailing spaces dropped. */
export function cutToLength(value: string, max: number): string {
  return Array.from(value).slice(0, max).join('').trimEnd();
}

/** Characters admitted in names by schemas that restrict them (e.g. the UAE 5.0.2 schema's pattern). */
export const latinNamePattern = /^[a-zA-Z0-9 .'-]*$/;

/** Keeps only the characters of `latinNamePattern` after transliteration (e.g. "ł" → "l", "’" → "'"). */
export function toLatinName(value: string, transliterate: (text: string) => string): string {
  const unaccented = value.normalize('NFD').replace(/\p{M}/gu, '');
  const ascii = transliterate(unaccented.replace(/[\u2018\u2019\u02BC]/g, "'"));
  return ascii
    .replace(/[^a-zA-Z0-9 .'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
