import type { WeightedPart } from './align-names.ts';
import { deletionVariants, partKey, type ScreeningIndex } from './build-screening-index.ts';
import { compareParts, unvowelledKeys } from './compare-parts.ts';
import { phoneticKey } from './phonetic-key.ts';
import { equivalentNames, transliterationKey } from './transliteration-family.ts';

/**
 * Share of its weight an unmatched part may at best keep (a skipped middle name), for upper bounds. A
 * skipped patronymic keeps less (0.2): such a name's bound is slightly under its score, which only matters
 * at the very edge of the threshold; a tighter bound would triple the candidates scored.
 */
const BEST_CASE_MISSING_SHARE = 0.35;
const MAX_PHONETIC_BUCKET = 200;
// Two-class keys ("st" for asd, "mt" for mhmd) are shared by hundreds of words: those words are found by
// their spelling and phonetic keys already, and scoring hundreds of look-alikes triples the query's cost.
const MAX_UNVOWELLED_BUCKET = 100;

interface Scratch {
  queryShare: Float32Array;
  listedShare: Float32Array;
  queryStamp: Int32Array;
  partStamp: Int32Array;
  generation: number;
}

const scratchByIndex = new WeakMap<ScreeningIndex, Scratch>();

/** A name of the index that may reach `minScore`, with the best score it could reach. */
export interface Candidate {
  name: number;
  upperBound: number;
}

/**
 * Candidate generation: looks every identifying query word up by exact text, phonetic key and
 * edit-distance-1 keys, accumulates for each name the weighted share of the query (and of the name) that
 * may match, and keeps the names whose best possible score reaches `minScore`, best first.
 */
export function findCandidates(
  index: ScreeningIndex,
  queryParts: readonly WeightedPart[],
  queryWeight: number,
  minScore: number,
  maxCandidates: number,
): Candidate[] {
  const scratch = getScratch(index);
  const touched: number[] = [];
  const queryGeneration = ++scratch.generation;
  const unvowelled = new Map(
    queryParts.filter((part) => part.unvowelled).map((part) => [part.text, part.listedForm]),
  );
  for (const [word, weight] of lookupWords(queryParts)) {
    const partGeneration = ++scratch.generation;
    const isUnvowelled = unvowelled.has(word);
    for (const { id, similarity } of matchingPartIds(index, word, isUnvowelled, unvowelled.get(word))) {
      const listedWeight = index.parts[id]!.weight;
      const names = index.postings[id]!;
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        if (scratch.queryStamp[name] !== queryGeneration) {
          scratch.queryStamp[name] = queryGeneration;
          scratch.queryShare[name] = 0;
          scratch.listedShare[name] = 0;
          touched.push(name);
        }
        // One query word credits a name once, with its best-matching part (ids come best first).
        if (scratch.partStamp[name] === partGeneration) continue;
        scratch.partStamp[name] = partGeneration;
        scratch.queryShare[name]! += similarity * weight;
        scratch.listedShare[name]! += similarity * listedWeight;
      }
    }
  }
  const candidates: Candidate[] = [];
  for (const name of touched) {
    const upperBound = Math.sqrt(
      bestCoverage(scratch.queryShare[name]!, queryWeight) *
        bestCoverage(scratch.listedShare[name]!, index.nameWeight[name]!),
    );
    if (upperBound >= minScore) candidates.push({ name, upperBound });
  }
  candidates.sort((a, b) => b.upperBound - a.upperBound);
  return candidates.length > maxCandidates ? candidates.slice(0, maxCandidates) : candidates;
}

function bestCoverage(matched: number, total: number): number {
  const capped = Math.min(matched, total);
  const missing = total - capped;
  return capped === 0 ? 0 : capped / (capped + BEST_CASE_MISSING_SHARE * missing);
}

/** Identifying words of the query, plus adjacent pairs written together ("abdul rahman" → "abdulrahman"). */
function lookupWords(parts: readonly WeightedPart[]): Map<string, number> {
  const words = new Map<string, number>();
  parts.forEach((part, i) => {
    if (part.role === 'name') words.set(part.text, Math.max(words.get(part.text) ?? 0, part.weight));
    const next = parts[i + 1];
    if (next && part.role !== 'generic' && next.role !== 'generic' && part.role !== 'initial') {
      const joined = part.text + next.text;
      words.set(joined, Math.max(words.get(joined) ?? 0, part.weight + next.weight));
    }
  });
  return words;
}

/** Vocabulary parts that correspond to `word`, best first. */
function matchingPartIds(
  index: ScreeningIndex,
  word: string,
  isUnvowelled: boolean,
  listedForm: string | undefined,
): { id: number; similarity: number }[] {
  const ids = new Set<number>();
  for (const text of listedForm === undefined ? [word] : [word, listedForm]) {
    const exact = index.partIds.get(partKey({ text, role: 'name' }));
    if (exact !== undefined) ids.add(exact);
  }
  for (const equivalent of equivalentNames(word)) {
    const id = index.partIds.get(partKey({ text: equivalent, role: 'name' }));
    if (id !== undefined) ids.add(id);
  }
  const family = transliterationKey(word);
  if (word.length >= 3) for (const id of index.transliterationKeys.get(family) ?? []) ids.add(id);
  // A vowel-less word ("lv" from Hebrew לוי) is all skeleton: looked up by it from two letters on.
  const isSkeleton = /^[^aeiou]{2}$/.test(word);
  const wordKey = phoneticKey(word);
  const phonetic = word.length >= 3 || isSkeleton ? (index.phoneticKeys.get(wordKey) ?? []) : [];
  // A skeleton shared by hundreds of words ("mhmd") adds nothing the spelling keys do not already find.
  if (phonetic.length <= MAX_PHONETIC_BUCKET) for (const id of phonetic) ids.add(id);
  if (isUnvowelled) {
    // Arabic, Hebrew or Thai script: the listed words with the same consonant classes ("ktrv" Kadyrov).
    for (const key of unvowelledKeys(word)) {
      const sameClasses = key.length >= 2 ? (index.unvowelledKeys.get(key) ?? []) : [];
      if (sameClasses.length <= MAX_UNVOWELLED_BUCKET) for (const id of sameClasses) ids.add(id);
    }
  }
  if (word.length >= 3) {
    for (const id of index.deletionKeys.get(word) ?? []) ids.add(id);
    for (const variant of word.length >= 4 ? deletionVariants(word) : []) {
      const shorter = index.partIds.get(partKey({ text: variant, role: 'name' }));
      if (shorter !== undefined) ids.add(shorter);
      for (const id of index.deletionKeys.get(variant) ?? []) ids.add(id);
    }
  }
  const queryPart = {
    text: word,
    role: 'name' as const,
    weight: 1,
    phonetic: wordKey,
    transliteration: family,
    unvowelled: isUnvowelled,
    ...(listedForm === undefined ? {} : { listedForm }),
  };
  const matches: { id: number; similarity: number }[] = [];
  for (const id of ids) {
    const comparison = compareParts(queryPart, index.parts[id]!);
    if (comparison) matches.push({ id, similarity: comparison.similarity });
  }
  return matches.sort((a, b) => b.similarity - a.similarity);
}

function getScratch(index: ScreeningIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    const size = index.nameEntry.length;
    scratch = {
      queryShare: new Float32Array(size),
      listedShare: new Float32Array(size),
      queryStamp: new Int32Array(size),
      partStamp: new Int32Array(size),
      generation: 0,
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}
