import type { NameAlignment, WeightedPart } from './align-names.ts';
import { birthDateAdjustment, compareBirthDates } from './compare-birth-dates.ts';
import { COUNTRY_ADJUSTMENTS, compareCountries } from './compare-countries.ts';
import type { TokenisedName } from './tokenise-name.ts';
import { tokeniseName } from './tokenise-name.ts';
import type { Corroboration, HitExplanation, ListEntry, ListName, ScreeningQuery } from './types.ts';

export interface ExplanationInput {
  query: ScreeningQuery;
  view: TokenisedName;
  queryParts: readonly WeightedPart[];
  listedParts: readonly WeightedPart[];
  alignment: NameAlignment;
  alias: ListName;
  entry: ListEntry;
  nameScore: number;
  score: number;
  corroboration: Corroboration;
  kindAdjustment: number;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Builds the explanation an AML officer reads: which alias, which parts, which evidence, which score. */
export function buildExplanation(input: ExplanationInput): HitExplanation {
  const { query, view, queryParts, listedParts, alignment, alias, entry } = input;
  const textOf = (parts: readonly WeightedPart[], indices: readonly number[]) =>
    indices.map((i) => parts[i]!.text).join(' ');
  const dateAgreement = compareBirthDates(query.birthDate, entry.birthDates);
  const countryAgreement = compareCountries(query.countries ?? [], entry.countries, entry.addressCountries);
  const listedName = tokeniseName(alias.full, entry.kind);
  return {
    queryNormalised: view.folded,
    matchedName: alias.full,
    matchedNormalised: listedName.folded,
    aliasQuality: alias.quality,
    alignment: alignment.pairs.map((pair) => ({
      query: textOf(queryParts, pair.query),
      listed: textOf(listedParts, pair.listed),
      similarity: round(pair.similarity),
      how: pair.how,
    })),
    unmatchedQueryParts: alignment.unmatchedQuery.map((i) => queryParts[i]!.text),
    unmatchedListedParts: alignment.unmatchedListed.map((i) => listedParts[i]!.text),
    ignoredParts: [...view.ignored, ...listedName.ignored],
    nameScore: round(input.nameScore),
    isReordered: alignment.isReordered,
    birthDate: {
      agreement: dateAgreement,
      ...(query.birthDate ? { query: query.birthDate } : {}),
      listed: entry.birthDates,
      adjustment: birthDateAdjustment(dateAgreement, countryAgreement),
    },
    countries: {
      agreement: countryAgreement,
      query: query.countries ?? [],
      listed: [...entry.countries, ...entry.addressCountries],
      adjustment: COUNTRY_ADJUSTMENTS[countryAgreement],
    },
    kind: {
      ...(query.kind ? { query: query.kind } : {}),
      listed: entry.kind,
      adjustment: input.kindAdjustment,
    },
    corroboration: input.corroboration,
    score: round(input.score),
  };
}
