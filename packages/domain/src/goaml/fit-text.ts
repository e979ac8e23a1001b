/**
 * Text fitting for goAML elements: characters XML 1.0 cannot carry are removed, names are transliterated
 * when the FIU only admits Latin letters, and values longer than the schema's maxLength are cut. Lengths
 * are counted in characters (code points), as XSD counts them, and a cut never splits a surrogate pair.
 */

// Tab, line feed and carriage return are the only control characters XML 1.0 allows; U+FFFE/U+FFFF and
// lone surrogates are not characters at all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point.
const invalidXmlChars =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what XML 1.0 cannot carry; normalises to NFC so "é" is one character, as the portal shows it. */
export function removeInvalidXmlCharacters(value: string): string {
  return value.normalize('NFC').replace(invalidXmlChars, '');
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
