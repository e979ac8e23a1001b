/**
 * Name screening against sanctions, PEP and watch lists: normalisation, transliteration, in-memory index,
 * scoring with explanations, list diffs. Pure and synchronous; the server imports lists and persists.
 */
export { buildScreeningIndex, type ScreeningIndex } from './build-screening-index.ts';
export { compareBirthDates, parseDate } from './compare-birth-dates.ts';
export { compareCountries } from './compare-countries.ts';
export { diffListEntries, diffListHashes, type ListDiff, type ListHashDiff } from './diff-list-entries.ts';
export { foldText } from './fold-text.ts';
export {
  ageInDays,
  isCountryRiskReviewDue,
  isFailingTooLong,
  isListStale,
  latestEndedPlenaryMonth,
} from './list-freshness.ts';
export { resolveCountryCode } from './resolve-country-code.ts';
export { DEFAULT_SCREENING_THRESHOLD, type ScreenOptions, screenName } from './screen-name.ts';
export {
  firstVigilanceLevel,
  keepHits,
  listCategory,
  screeningFactors,
  type TEarlierHit,
  type TFoundHit,
  type TListCategory,
  type TScreeningFactor,
} from './screening-rules.ts';
export { tokeniseName } from './tokenise-name.ts';
export type * from './types.ts';
