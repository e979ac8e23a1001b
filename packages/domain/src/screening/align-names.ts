import { compareParts, compareSpelling, type KeyedPart, type PartComparison } from './compare-parts.ts';
import type { PartAlignment } from './types.ts';

/** A name part with its weight: how much it identifies someone (rare surname ≈ 1, "Mohamed" less). */
export interface WeightedPart extends KeyedPart {
  weight: number;
}

export interface AlignedPair {
  /** Indices of the query parts (two when a listed part is written as one word: "abdulrahman"). */
  query: number[];
  listed: number[];
  similarity: number;
  how: PartAlignment['how'];
}

export interface NameAlignment {
  /** 0–1 resemblance of the two names alone. */
  score: number;
  pairs: AlignedPair[];
  unmatchedQuery: number[];
  unmatchedListed: number[];
  isReordered: boolean;
}

const JOINED_MIN_SIMILARITY = 0.9;
const INITIAL_WEIGHT = 0.3;
/** Share of a listed part's weight an initial confirms when that part is rarer than an initial. */
const INITIAL_SHARE = 0.65;
// Patronymics ("Yurevna", "Vladimirovich", "ogly") are often left out, wherever the list writes them.
const PATRONYMIC = /(ovich|evich|ovitj|ovna|evna|ichna|ogly|oglu|kyzy|qizi)$/;
/** A correct name with its parts in another order than listed is close, never perfect. */
export const REORDERED_FACTOR = 0.95;
/** Smallest share of its weight a skipped middle part still counts, when the matched parts are rare. */
const MIDDLE_PART_MIN_SHARE = 0.35;
/** Patronymics are left out more often still (never written in Western documents): they count less. */
const PATRONYMIC_MIN_SHARE = 0.2;
/**
 * A word in Arabic, Hebrew or Thai script agrees with a Latin spelling at 0.85–0.9 at most (its vowels are
 * not written): at 0.9 it is as sure as that script allows. It then counts as a Latin part that agrees
 * fully, so that a listed patronymic or middle name the query leaves out weighs as little as in Latin.
 */
const UNVOWELLED_SURE = 0.9;
/** Part weights between which a matched part goes from common (≈ 40 entries) to rare (≤ 4 entries). */
const RARE_FROM = 0.8;
const RARE_FULLY = 0.95;

/**
 * Aligns the parts of two names regardless of order ("PUTIN Vladimir" ↔ "Vladimir PUTIN"), each part
 * used once, best correspondences first, and scores the result as the geometric mean of the weighted
 * share of each name that found a counterpart. A part missing from the middle of a name (a dropped
 * middle name or patronymic) counts less than a missing first or last part, but only when the parts
 * that did match are rare: two common parts ("Mohamed", "Ali") found inside a longer listed name do not
 * make a match.
 */
export function alignNames(
  query: readonly WeightedPart[],
  listed: readonly WeightedPart[],
  compare: PartComparer = compareParts,
): NameAlignment {
  const pairs = pickPairs(listCandidatePairs(query, listed, compare));
  const hasIdentifyingPair = pairs.some((pair) =>
    pair.listed.some((index) => listed[index]!.role === 'name' && pair.how !== 'initial'),
  );
  const unmatchedQuery = unusedIndices(query.length, pairs, 'query');
  const unmatchedListed = unusedIndices(listed.length, pairs, 'listed');
  const isReordered = isOrderChanged(pairs);
  if (!hasIdentifyingPair) {
    return { score: 0, pairs, unmatchedQuery, unmatchedListed, isReordered };
  }
  // Coverage and rarity count a script part as sure as its script allows; the pairs keep what was measured.
  const sure = pairs.map((pair) => ({ ...pair, similarity: surenessOf(pair, query) }));
  const strength = rareMatchStrength(sure, listed);
  const shares = {
    middle: 1 - strength * (1 - MIDDLE_PART_MIN_SHARE),
    patronymic: 1 - strength * (1 - PATRONYMIC_MIN_SHARE),
  };
  const queryCoverage = coverage(query, sure, 'query', unmatchedQuery, shares, strength);
  const listedCoverage = coverage(listed, sure, 'listed', unmatchedListed, shares, strength);
  const score = Math.sqrt(queryCoverage * listedCoverage) * (isReordered ? REORDERED_FACTOR : 1);
  return { score, pairs, unmatchedQuery, unmatchedListed, isReordered };
}

/** Compares two parts; screening passes a per-query cache of {@link compareParts}. */
export type PartComparer = (query: WeightedPart, listed: WeightedPart) => PartComparison | null;

/** A {@link PartComparer} that remembers results: listed parts are shared vocabulary objects. */
export function cachedComparer(): PartComparer {
  const cache = new Map<WeightedPart, Map<WeightedPart, PartComparison | null>>();
  return (query, listed) => {
    let byListed = cache.get(query);
    if (!byListed) {
      byListed = new Map();
      cache.set(query, byListed);
    }
    let result = byListed.get(listed);
    if (result === undefined) {
      result = compareParts(query, listed);
      byListed.set(listed, result);
    }
    return result;
  };
}

function listCandidatePairs(
  query: readonly WeightedPart[],
  listed: readonly WeightedPart[],
  compare: PartComparer,
): AlignedPair[] {
  const candidates: AlignedPair[] = [];
  for (let q = 0; q < query.length; q++) {
    for (let l = 0; l < listed.length; l++) {
      const comparison = compare(query[q]!, listed[l]!);
      if (comparison) candidates.push({ query: [q], listed: [l], ...comparison });
    }
  }
  addJoinedPairs(query, listed, candidates, false);
  addJoinedPairs(listed, query, candidates, true);
  return candidates;
}

/** "Abdul Rahman" ↔ "Abdulrahman", "Al Tikriti" ↔ "Altikriti": two adjacent parts against one word. */
function addJoinedPairs(
  split: readonly WeightedPart[],
  whole: readonly WeightedPart[],
  candidates: AlignedPair[],
  isListedSplit: boolean,
): void {
  for (let s = 0; s + 1 < split.length; s++) {
    const first = split[s]!;
    const second = split[s + 1]!;
    if (first.role === 'generic' || second.role === 'generic') continue;
    const joined = first.text + second.text;
    for (let w = 0; w < whole.length; w++) {
      const word = whole[w]!;
      if (word.role !== 'name' || Math.abs(word.text.length - joined.length) > 2) continue;
      // Arabic or Hebrew words written apart (نصر الله) compare without their vowels, as single words do.
      const comparison =
        first.unvowelled && second.unvowelled
          ? compareParts({ text: joined, role: 'name', unvowelled: true }, word)
          : compareSpelling(joined, word.text);
      if (!comparison || comparison.similarity < JOINED_MIN_SIMILARITY) continue;
      const splitIndices = [s, s + 1];
      candidates.push({
        query: isListedSplit ? [w] : splitIndices,
        listed: isListedSplit ? splitIndices : [w],
        similarity: comparison.similarity,
        how: 'joined',
      });
    }
  }
}

function pickPairs(candidates: AlignedPair[]): AlignedPair[] {
  candidates.sort((a, b) => b.similarity - a.similarity || b.query.length - a.query.length);
  const usedQuery = new Set<number>();
  const usedListed = new Set<number>();
  const picked: AlignedPair[] = [];
  for (const candidate of candidates) {
    if (candidate.query.some((i) => usedQuery.has(i)) || candidate.listed.some((i) => usedListed.has(i))) {
      continue;
    }
    for (const i of candidate.query) usedQuery.add(i);
    for (const i of candidate.listed) usedListed.add(i);
    picked.push(candidate);
  }
  return picked.sort((a, b) => a.query[0]! - b.query[0]!);
}

function unusedIndices(length: number, pairs: readonly AlignedPair[], side: 'query' | 'listed'): number[] {
  const used = new Set(pairs.flatMap((pair) => pair[side]));
  const unused: number[] = [];
  for (let i = 0; i < length; i++) if (!used.has(i)) unused.push(i);
  return unused;
}

/** A pair's similarity, a part read from a script without vowels scaled to that script's best agreement. */
function surenessOf(pair: AlignedPair, query: readonly WeightedPart[]): number {
  return pair.query.length > 0 && pair.query.every((index) => query[index]!.unvowelled)
    ? Math.min(1, pair.similarity / UNVOWELLED_SURE)
    : pair.similarity;
}

/** True when the matched parts appear in a different order in the query than in the listed name. */
function isOrderChanged(pairs: readonly AlignedPair[]): boolean {
  for (let i = 1; i < pairs.length; i++) {
    if (pairs[i]!.listed[0]! < pairs[i - 1]!.listed[0]!) return true;
  }
  return false;
}

/**
 * 0–1: how rare the best matched part is. An unmatched middle part or patronymic counts little when a
 * rare part matched (a dropped patronymic of a rare surname), fully when only common parts matched.
 */
function rareMatchStrength(pairs: readonly AlignedPair[], listed: readonly WeightedPart[]): number {
  let rarest = 0;
  for (const pair of pairs) {
    for (const index of pair.listed) {
      const part = listed[index]!;
      if (part.role === 'name') rarest = Math.max(rarest, part.weight * pair.similarity);
    }
  }
  return Math.min(1, Math.max(0, (rarest - RARE_FROM) / (RARE_FULLY - RARE_FROM)));
}

/**
 * An initial stands for any name with that letter: it confirms no more than its own weight, except
 * beside a rare matched part, where it confirms up to two thirds of a rarer given name ("J." for Jean-Claude
 * in "J.-C. Mukendi Kalala"); beside a common surname ("Ahmed, A") it stays an initial.
 */
function initialCredit(weight: number, strength: number): number {
  return Math.min(weight, Math.max(INITIAL_WEIGHT, weight * INITIAL_SHARE * strength));
}

function coverage(
  parts: readonly WeightedPart[],
  pairs: readonly AlignedPair[],
  side: 'query' | 'listed',
  unmatched: readonly number[],
  shares: { middle: number; patronymic: number },
  strength: number,
): number {
  let matched = 0;
  let matchedWeight = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const pair of pairs) {
    for (const index of pair[side]) {
      const weight = parts[index]!.weight;
      // An initial stands for any name with that letter: it confirms no more than its own weight.
      matched += pair.similarity * (pair.how === 'initial' ? initialCredit(weight, strength) : weight);
      matchedWeight += weight;
      first = Math.min(first, index);
      last = Math.max(last, index);
    }
  }
  let missing = 0;
  for (const index of unmatched) {
    const text = parts[index]!.text;
    const share = PATRONYMIC.test(text)
      ? shares.patronymic
      : index > first && index < last
        ? shares.middle
        : 1;
    missing += parts[index]!.weight * share;
  }
  return matched / (matchedWeight + missing);
}
