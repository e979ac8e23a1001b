import type { CountryAgreement } from './types.ts';

export const COUNTRY_ADJUSTMENTS: Readonly<Record<CountryAgreement, number>> = {
  agree: 0.05,
  address: 0.02,
  conflict: -0.1,
  unknown: 0,
};

/**
 * Compares the query's countries (nationality, residence, registered office) with a list entry's
 * nationality/citizenship/registration countries, then its address countries. A conflict needs both sides
 * known: an entry without countries neither confirms nor dismisses.
 */
export function compareCountries(
  query: readonly string[],
  countries: readonly string[],
  addressCountries: readonly string[],
): CountryAgreement {
  if (query.length === 0) return 'unknown';
  const wanted = new Set(query.map((code) => code.toUpperCase()));
  if (countries.some((code) => wanted.has(code))) return 'agree';
  if (addressCountries.some((code) => wanted.has(code))) return 'address';
  return countries.length > 0 ? 'conflict' : 'unknown';
}
