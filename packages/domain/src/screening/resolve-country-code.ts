import { foldText } from './fold-text.ts';
import { COUNTRY_NAMES } from './reference/country-names.ts';

const CODES_BY_NAME = new Map(Object.entries(COUNTRY_NAMES).map(([name, code]) => [foldText(name), code]));
const KNOWN_CODES = new Set(Object.values(COUNTRY_NAMES));

/**
 * Resolves a country as lists write it ("Russian Federation", "Iran (Islamic Republic of)", "BE",
 * "Türkiye") to its ISO 3166-1 alpha-2 code; null when unknown or not a country ("UNKNOWN", "00").
 */
export function resolveCountryCode(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && KNOWN_CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const folded = foldText(trimmed);
  return CODES_BY_NAME.get(folded) ?? CODES_BY_NAME.get(folded.replace(/^the /, '')) ?? null;
}
