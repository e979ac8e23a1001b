import type { WeightedPart } from './align-names.ts';
import { unvowelledKey } from './compare-parts.ts';
import { GENERIC_PERSON_ALIASES } from './name-vocabulary.ts';
import { phoneticKey } from './phonetic-key.ts';
import { type NamePart, type NamePartRole, tokeniseName } from './tokenise-name.ts';
import { transliterationKey } from './transliteration-family.ts';
import type { ListEntry, ScreeningListInput } from './types.ts';

/**
 * The in-memory index of one set of list versions. Names are stored as arrays of part ids into a shared
 * vocabulary; candidate generation looks parts up by exact text, phonetic key and single-deletion keys
 * (edit distance 1), so a query touches only names sharing a part with it, never the whole list.
 */
export interface ScreeningIndex {
  readonly entries: readonly IndexedEntry[];
  /** Part vocabulary: each distinct (role, text) once, with its weight. */
  readonly parts: readonly WeightedPart[];
  readonly partIds: ReadonlyMap<string, number>;
  /** Phonetic key → name-part ids. */
  readonly phoneticKeys: ReadonlyMap<string, readonly number[]>;
  /** Transliteration key (atabiyev → atabiev) → name-part ids. */
  readonly transliterationKeys: ReadonlyMap<string, readonly number[]>;
  /** Consonant classes (for words written in Arabic, Hebrew or Thai script) → name-part ids. */
  readonly unvowelledKeys: ReadonlyMap<string, readonly number[]>;
  /** Word with one letter deleted → name-part ids. */
  readonly deletionKeys: ReadonlyMap<string, readonly number[]>;
  /** Part id → ids of the names containing it. */
  readonly postings: readonly Int32Array[];
  /** Name id → its parts: `nameParts.subarray(nameStart[n], nameStart[n + 1])`. */
  readonly nameStart: Int32Array;
  readonly nameParts: Int32Array;
  readonly nameEntry: Int32Array;
  readonly nameAlias: Int32Array;
  readonly nameIsWeak: Uint8Array;
  /** Sum of part weights of each name (for score upper bounds). */
  readonly nameWeight: Float32Array;
  readonly entryCount: number;
}

export interface IndexedEntry {
  list: string;
  entry: ListEntry;
}

const MIN_DELETION_WORD_LENGTH = 4;
const MIN_PHONETIC_WORD_LENGTH = 3;
const MIN_WEIGHTING_CORPUS = 1000;

/** Builds the screening index of the given list versions (done once per set of list versions). */
export function buildScreeningIndex(lists: readonly ScreeningListInput[]): ScreeningIndex {
  const entries: IndexedEntry[] = lists.flatMap(({ list, entries }) =>
    entries.map((entry) => ({ list, entry })),
  );
  const vocabulary = new PartVocabulary();
  const names = collectNames(entries, vocabulary);
  const parts = vocabulary.weightedParts(entries.length);
  const { nameStart, nameParts, nameEntry, nameAlias, nameIsWeak, nameWeight } = packNames(names, parts);
  return {
    entries,
    parts,
    partIds: vocabulary.ids,
    phoneticKeys: buildKeyMap(parts, MIN_PHONETIC_WORD_LENGTH, (text) => [phoneticKey(text)]),
    transliterationKeys: buildKeyMap(parts, MIN_PHONETIC_WORD_LENGTH, (text) => [transliterationKey(text)]),
    unvowelledKeys: buildKeyMap(parts, 2, (text) => [unvowelledKey(text)]),
    deletionKeys: buildKeyMap(parts, MIN_DELETION_WORD_LENGTH, deletionVariants),
    postings: buildPostings(parts.length, nameStart, nameParts),
    nameStart,
    nameParts,
    nameEntry,
    nameAlias,
    nameIsWeak,
    nameWeight,
    entryCount: entries.length,
  };
}

/** The key under which a part is stored in the vocabulary. */
export function partKey(part: NamePart): string {
  return `${part.role}:${part.text}`;
}

/** Every string obtained by deleting one character (the SymSpell idea, for edit distance 1). */
export function deletionVariants(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

interface CollectedName {
  entry: number;
  alias: number;
  partIds: number[];
  isWeak: boolean;
}

class PartVocabulary {
  readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly roles: NamePartRole[] = [];
  private readonly entryCounts: number[] = [];
  private readonly lastEntry: number[] = [];

  add(part: NamePart, entry: number): number {
    const key = partKey(part);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(key, id);
      this.texts.push(part.text);
      this.roles.push(part.role);
      this.entryCounts.push(0);
      this.lastEntry.push(-1);
    }
    // Document frequency counts entries, not aliases: the EU lists one person under thirty
    // transliterations, which must not make their surname look common.
    if (this.lastEntry[id] !== entry) {
      this.lastEntry[id] = entry;
      this.entryCounts[id]! += 1;
    }
    return id;
  }

  weightedParts(entryCount: number): WeightedPart[] {
    return this.texts.map((text, id) => ({
      text,
      role: this.roles[id]!,
      weight: partWeight(this.roles[id]!, this.entryCounts[id]!, entryCount),
      phonetic: phoneticKey(text),
      transliteration: transliterationKey(text),
    }));
  }
}

/**
 * Weight of a name part: 1 for a part that identifies (rare in the lists, or absent from them), down
 * to 0.25 for the most frequent given names; fixed small weights for particles, initials and generic
 * organisation words.
 */
export function partWeight(role: NamePartRole, entriesWithPart: number, entryCount: number): number {
  switch (role) {
    case 'particle':
      return 0.1;
    case 'initial':
      return 0.3;
    case 'generic':
      return 0.15;
    case 'legal':
      return 0;
    case 'name': {
      // Small lists (an agency's own watch list) say nothing about how common a name is: below a
      // thousand entries every part counts as rare.
      const corpus = Math.max(entryCount, MIN_WEIGHTING_CORPUS);
      const idf = Math.log((corpus + 1) / (entriesWithPart + 0.5));
      const rareIdf = Math.log(corpus / 4);
      return Math.min(1, Math.max(0.25, 0.25 + (0.75 * idf) / rareIdf));
    }
  }
}

function collectNames(entries: readonly IndexedEntry[], vocabulary: PartVocabulary): CollectedName[] {
  const names: CollectedName[] = [];
  const seen = new Set<string>();
  entries.forEach(({ entry }, entryIndex) => {
    seen.clear();
    entry.names.forEach((name, aliasIndex) => {
      for (const written of writtenForms(name.full)) {
        const tokenised = tokeniseName(written, entry.kind);
        // The same folded alias in several languages is indexed once per entry.
        if (seen.has(tokenised.folded) || !tokenised.parts.some((part) => part.role === 'name')) continue;
        seen.add(tokenised.folded);
        names.push({
          entry: entryIndex,
          alias: aliasIndex,
          partIds: tokenised.parts.map((part) => vocabulary.add(part, entryIndex)),
          isWeak: name.quality === 'weak' || GENERIC_PERSON_ALIASES.has(tokenised.folded),
        });
      }
    });
  });
  return names;
}

const PARENTHESISED = /\s*\(([^()]+)\)\s*/gu;

/**
 * A listed name with a parenthesised part ("Islamic Revolutionary Guard Corps (IRGC)") is also indexed
 * as the name without it and as the parenthesised text alone: the list itself gives that acronym or
 * alias. An acronym is never derived from a name the list does not abbreviate.
 */
function writtenForms(full: string): string[] {
  const inner = [...full.matchAll(PARENTHESISED)].map((match) => match[1]!.trim());
  if (inner.length === 0) return [full];
  const outer = full.replace(PARENTHESISED, ' ').trim();
  return [full, ...(outer ? [outer] : []), ...inner];
}

function packNames(names: readonly CollectedName[], parts: readonly WeightedPart[]) {
  const nameStart = new Int32Array(names.length + 1);
  const nameEntry = new Int32Array(names.length);
  const nameAlias = new Int32Array(names.length);
  const nameIsWeak = new Uint8Array(names.length);
  const nameWeight = new Float32Array(names.length);
  let total = 0;
  for (const name of names) total += name.partIds.length;
  const nameParts = new Int32Array(total);
  let offset = 0;
  names.forEach((name, id) => {
    nameStart[id] = offset;
    nameEntry[id] = name.entry;
    nameAlias[id] = name.alias;
    nameIsWeak[id] = name.isWeak ? 1 : 0;
    let weight = 0;
    for (const partId of name.partIds) {
      nameParts[offset++] = partId;
      weight += parts[partId]!.weight;
    }
    nameWeight[id] = weight;
  });
  nameStart[names.length] = offset;
  return { nameStart, nameParts, nameEntry, nameAlias, nameIsWeak, nameWeight };
}

function buildKeyMap(
  parts: readonly WeightedPart[],
  minLength: number,
  keysOf: (text: string) => string[],
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  parts.forEach((part, id) => {
    if (part.role !== 'name' || part.text.length < minLength) return;
    for (const key of new Set(keysOf(part.text))) {
      const ids = map.get(key);
      if (ids) ids.push(id);
      else map.set(key, [id]);
    }
  });
  return map;
}

function buildPostings(partCount: number, nameStart: Int32Array, nameParts: Int32Array): Int32Array[] {
  const counts = new Int32Array(partCount);
  for (let i = 0; i < nameParts.length; i++) counts[nameParts[i]!]! += 1;
  const postings = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(partCount);
  for (let name = 0; name + 1 < nameStart.length; name++) {
    for (let i = nameStart[name]!; i < nameStart[name + 1]!; i++) {
      const part = nameParts[i]!;
      const list = postings[part]!;
      // A part repeated inside one name ("Vladimir Vladimirovich" is fine, "Ali Ali" is not) is posted once.
      if (filled[part]! > 0 && list[filled[part]! - 1] === name) continue;
      list[filled[part]!] = name;
      filled[part]! += 1;
    }
  }
  return postings.map((list, part) => list.subarray(0, filled[part]));
}
