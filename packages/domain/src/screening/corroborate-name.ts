import type { NameAlignment, WeightedPart } from './align-names.ts';
import { transliterationKey } from './transliteration-family.ts';
import type { CountryAgreement, DateAgreement } from './types.ts';

/** Lowest name score that an agreeing birth date and nationality can lift to an alert. */
export const CORROBORATION_MIN_NAME_SCORE = 0.7;
/**
 * Score of a corroborated near miss: just above the default threshold (0.84), so that it is reported and
 * reviewed, never above a true name match with the same evidence.
 */
export const CORROBORATED_SCORE = 0.86;
const GIVEN_NAME_MIN_SIMILARITY = 0.9;
const STEM_LENGTH = 4;

/**
 * What the birth date and nationality do to a name resemblance: `raised` when the exact birth date and a
 * nationality agree and the names share the given name and the surname's stem ("Islam Atabiyev" ↔ "ISLAM
 * SEIT-UMAROVICH ATABIEV", born the same day, both Russian) — an analyst's match at first sight even
 * when the spelling alone scores below the threshold; `lowered` when either contradicts; else `none`.
 */
export function corroborationOf(
  date: DateAgreement,
  countries: CountryAgreement,
  nameScore: number,
  alignment: NameAlignment,
  queryParts: readonly WeightedPart[],
  listedParts: readonly WeightedPart[],
): 'raised' | 'lowered' | 'none' {
  if (date === 'conflict' || countries === 'conflict') return 'lowered';
  const agrees = date === 'exact' && countries === 'agree';
  if (!agrees || nameScore < CORROBORATION_MIN_NAME_SCORE) return 'none';
  return sharesGivenNameAndStem(alignment, queryParts, listedParts) ? 'raised' : 'none';
}

/** One pair of name parts nearly identical (the given name), another sharing its first letters (the stem). */
function sharesGivenNameAndStem(
  alignment: NameAlignment,
  queryParts: readonly WeightedPart[],
  listedParts: readonly WeightedPart[],
): boolean {
  const namePairs = alignment.pairs.filter(
    (pair) =>
      pair.query.length === 1 &&
      pair.listed.length === 1 &&
      queryParts[pair.query[0]!]!.role === 'name' &&
      listedParts[pair.listed[0]!]!.role === 'name',
  );
  const stem = (part: WeightedPart) =>
    (part.transliteration ?? transliterationKey(part.text)).slice(0, STEM_LENGTH);
  return namePairs.some(
    (given) =>
      given.similarity >= GIVEN_NAME_MIN_SIMILARITY &&
      namePairs.some((surname) => {
        if (surname === given) return false;
        const query = queryParts[surname.query[0]!]!;
        const listed = listedParts[surname.listed[0]!]!;
        return query.text.length >= STEM_LENGTH && stem(query) === stem(listed);
      }),
  );
}
