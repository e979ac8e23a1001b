import { alignNames, cachedComparer, type NameAlignment, type WeightedPart } from './align-names.ts';
import { deletionVariants, partKey, type ScreeningIndex } from './build-screening-index.ts';
import { BIRTH_DATE_ADJUSTMENTS, birthDateAdjustment, compareBirthDates } from './compare-birth-dates.ts';
import { COUNTRY_ADJUSTMENTS, compareCountries } from './compare-countries.ts';
import { CORROBORATED_SCORE, CORROBORATION_MIN_NAME_SCORE, corroborationOf } from './corroborate-name.ts';
import { buildExplanation } from './explain-hit.ts';
import { findCandidates } from './find-candidates.ts';
import { phoneticKey } from './phonetic-key.ts';
import { canBeJoined, splitJoinedWord } from './split-joined-word.ts';
import { type NamePart, type TokenisedName, tokeniseName } from './tokenise-name.ts';
import { transliterationKey } from './transliteration-family.ts';
import type {
  Corroboration,
  ListEntry,
  QuerySubjectKind,
  ScreeningHit,
  ScreeningQuery,
  SubjectKind,
} from './types.ts';

/**
 * Recommended operating point (see docs/SCREENING.md): every listed name and its usual variants (accents,
 * order, one typo, dropped middle name, other script) score above it; Belgian residents with common
 * names score below it.
 */
export const DEFAULT_SCREENING_THRESHOLD = 0.84;

/** Weak (low-quality) aliases count less: a hit on them needs corroboration. */
export const WEAK_ALIAS_FACTOR = 0.88;
/** A person's name against an organisation's (or the reverse) is very unlikely the same subject. */
export const KIND_MISMATCH_ADJUSTMENT = -0.3;
const MAX_POSITIVE_ADJUSTMENT = BIRTH_DATE_ADJUSTMENTS.exact + COUNTRY_ADJUSTMENTS.agree;
// Candidates come best upper bound first; beyond a few hundred, none reaches a real list's threshold.
const MAX_CANDIDATES = 400;
const DEFAULT_LIMIT = 20;
const KOREAN_COUNTRIES = new Set(['KP', 'KR']);

export interface ScreenOptions {
  /** Report hits scoring at least this (default {@link DEFAULT_SCREENING_THRESHOLD}). */
  threshold?: number;
  /** At most this many hits, best first (default 20). */
  limit?: number;
}

/** The query as seen by persons and by organisations of the index (titles vs legal forms differ). */
interface ViewedQuery {
  tokenised: TokenisedName;
  parts: WeightedPart[];
}

interface ScoredName {
  name: number;
  view: ViewedQuery;
  alignment: NameAlignment;
  nameScore: number;
  score: number;
  corroboration: Corroboration;
}

/**
 * Screens one name against the index and returns the list entries that resemble it enough, best first,
 * each with the explanation of its score (matched alias, per-part alignment, birth date and country
 * evidence). Pure and synchronous: the same call serves the CLI, the server and re-screening jobs.
 */
export function screenName(
  index: ScreeningIndex,
  query: ScreeningQuery,
  options: ScreenOptions = {},
): ScreeningHit[] {
  const threshold = options.threshold ?? DEFAULT_SCREENING_THRESHOLD;
  const person = viewQuery(index, query, query.kind === 'entity' ? 'entity' : 'person');
  const organisation = viewQuery(
    index,
    query,
    query.kind === 'person' ? 'person' : (query.kind ?? 'unknown'),
  );
  const isCorroborable = query.birthDate !== undefined && (query.countries?.length ?? 0) > 0;
  const minNameScore = Math.max(
    0.05,
    Math.min(threshold - MAX_POSITIVE_ADJUSTMENT, isCorroborable ? CORROBORATION_MIN_NAME_SCORE : 1),
  );
  const lookup = mergeViews(person, organisation);
  const compare = cachedComparer();
  const bestByEntry = new Map<number, ScoredName>();
  for (const { name } of findCandidates(index, lookup.parts, lookup.weight, minNameScore, MAX_CANDIDATES)) {
    const entryIndex = index.nameEntry[name]!;
    const { entry } = index.entries[entryIndex]!;
    const view = entry.kind === 'person' ? person : organisation;
    const alignment = alignNames(view.parts, partsOfName(index, name), compare);
    const nameScore = alignment.score * (index.nameIsWeak[name] === 1 ? WEAK_ALIAS_FACTOR : 1);
    if (nameScore < minNameScore) continue;
    const evidence = weighEvidence(query, entry);
    const corroboration = corroborationOf(
      evidence.date,
      evidence.countries,
      nameScore,
      alignment,
      view.parts,
      partsOfName(index, name),
    );
    const adjusted = clamp(nameScore + evidence.adjustment);
    const score = corroboration === 'raised' ? Math.max(adjusted, CORROBORATED_SCORE) : adjusted;
    const previous = bestByEntry.get(entryIndex);
    if (score >= threshold && (!previous || previous.score < score)) {
      bestByEntry.set(entryIndex, { name, view, alignment, nameScore, score, corroboration });
    }
  }
  return [...bestByEntry.values()]
    .map((scored) => toHit(index, query, scored))
    .sort((a, b) => b.score - a.score || a.list.localeCompare(b.list) || a.entryId.localeCompare(b.entryId))
    .slice(0, options.limit ?? DEFAULT_LIMIT);
}

function toHit(index: ScreeningIndex, query: ScreeningQuery, scored: ScoredName): ScreeningHit {
  const { entry, list } = index.entries[index.nameEntry[scored.name]!]!;
  const alias = entry.names[index.nameAlias[scored.name]!]!;
  return {
    list,
    entryId: entry.entryId,
    matchedName: alias.full,
    score: round(scored.score),
    explanation: buildExplanation({
      query,
      view: scored.view.tokenised,
      queryParts: scored.view.parts,
      listedParts: partsOfName(index, scored.name),
      alignment: scored.alignment,
      alias,
      entry,
      nameScore: scored.nameScore,
      score: scored.score,
      corroboration: scored.corroboration,
      kindAdjustment: kindAdjustment(query.kind, entry.kind),
    }),
  };
}

/** The birth date, country and kind evidence, and the adjustment it makes to the name score. */
function weighEvidence(query: ScreeningQuery, entry: ListEntry) {
  const date = compareBirthDates(query.birthDate, entry.birthDates);
  const countries = compareCountries(query.countries ?? [], entry.countries, entry.addressCountries);
  const adjustment =
    birthDateAdjustment(date, countries) +
    COUNTRY_ADJUSTMENTS[countries] +
    kindAdjustment(query.kind, entry.kind);
  return { date, countries, adjustment };
}

function clamp(score: number): number {
  return Math.min(1, Math.max(0, score));
}

/** Adjustment when the query's kind (person / entity) contradicts the entry's. */
export function kindAdjustment(query: QuerySubjectKind | undefined, listed: SubjectKind): number {
  if (!query || listed === 'unknown') return 0;
  const isListedPerson = listed === 'person';
  return (query === 'person') === isListedPerson ? 0 : KIND_MISMATCH_ADJUSTMENT;
}

function viewQuery(index: ScreeningIndex, query: ScreeningQuery, kind: SubjectKind): ViewedQuery {
  // Han characters of a North or South Korean subject are a Korean name (金正恩 is Kim Jong Un).
  const hanAsKorean = query.countries?.some((code) => KOREAN_COUNTRIES.has(code.toUpperCase())) ?? false;
  const tokenised = tokeniseName(query.name, kind, { hanAsKorean, isQuery: true });
  const parts = splitJoinedParts(index, tokenised.parts).map((part) => {
    const id = index.partIds.get(partKey(part));
    // A word absent from every list is as identifying as it gets.
    const weight = id === undefined ? defaultWeight(part.role) : index.parts[id]!.weight;
    return {
      ...part,
      weight,
      phonetic: phoneticKey(part.text),
      transliteration: transliterationKey(part.text),
    };
  });
  return { tokenised, parts };
}

/**
 * A name part absent from the lists that is several listed parts written together ("VladimirPutin",
 * "KimJongUn") is compared as those parts. A part close to a listed word (a typo) is left alone.
 */
function splitJoinedParts(index: ScreeningIndex, parts: readonly NamePart[]): NamePart[] {
  const isListed = (text: string, role: NamePart['role']) => index.partIds.has(partKey({ text, role }));
  const isKnown = (piece: string) => isListed(piece, 'name') || isListed(piece, 'particle');
  return parts.flatMap((part) => {
    // A word from Arabic, Hebrew or Thai script is not spelled as the lists spell it: never split.
    if (part.role !== 'name' || part.unvowelled || !canBeJoined(part.text)) return [part];
    if (isNearListedWord(index, part.text)) return [part];
    const pieces = splitJoinedWord(part.text, isKnown, (piece) => isListed(piece, 'particle'));
    if (!pieces) return [part];
    return pieces.map((text): NamePart => ({ text, role: isListed(text, 'name') ? 'name' : 'particle' }));
  });
}

/** True when a listed word is within one edit of `word` (SymSpell deletion keys): a typo, not a joined name. */
function isNearListedWord(index: ScreeningIndex, word: string): boolean {
  const isListedName = (text: string) => index.partIds.has(partKey({ text, role: 'name' }));
  if (isListedName(word) || index.deletionKeys.has(word)) return true;
  return deletionVariants(word).some((variant) => isListedName(variant) || index.deletionKeys.has(variant));
}

function defaultWeight(role: WeightedPart['role']): number {
  return role === 'name' ? 1 : role === 'initial' ? 0.3 : role === 'generic' ? 0.15 : 0.1;
}

/**
 * Candidate lookup uses the words of both views and the lighter of their weights, so that the upper
 * bound of a candidate's score never falls below its real score.
 */
function mergeViews(
  person: ViewedQuery,
  organisation: ViewedQuery,
): { parts: WeightedPart[]; weight: number } {
  const weightOf = (parts: WeightedPart[]) => parts.reduce((sum, part) => sum + part.weight, 0);
  const personWords = new Set(person.parts.map((part) => part.text));
  const extra = organisation.parts.filter((part) => !personWords.has(part.text));
  return {
    parts: [...person.parts, ...extra],
    weight: Math.min(weightOf(person.parts), weightOf(organisation.parts)),
  };
}

function partsOfName(index: ScreeningIndex, name: number): WeightedPart[] {
  const parts: WeightedPart[] = [];
  for (let i = index.nameStart[name]!; i < index.nameStart[name + 1]!; i++) {
    parts.push(index.parts[index.nameParts[i]!]!);
  }
  return parts;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
