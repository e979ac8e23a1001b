import { NICKNAME_GROUPS } from './name-vocabulary.ts';
import { phoneticKey } from './phonetic-key.ts';
import { wordSimilarity } from './token-similarity.ts';
import type { NamePart } from './tokenise-name.ts';
import type { PartAlignment } from './types.ts';

/** Below this similarity two parts are different names and earn nothing. */
export const MIN_PART_SIMILARITY = 0.75;
const INITIAL_SIMILARITY = 0.9;
const NICKNAME_SIMILARITY = 0.9;
const PHONETIC_SIMILARITY = 0.82;
/** Below this spelling similarity, a shared phonetic key is a coincidence. */
const PHONETIC_MIN_SPELLING = 0.5;

/** A name part that may carry its precomputed phonetic key. */
export interface KeyedPart extends NamePart {
  phonetic?: string;
}

export interface PartComparison {
  similarity: number;
  how: PartAlignment['how'];
}

/** Compares one query part with one listed part; null when they do not correspond. */
export function compareParts(query: KeyedPart, listed: KeyedPart): PartComparison | null {
  if (query.role === 'generic' || listed.role === 'generic') {
    return query.text === listed.text && query.role === listed.role ? { similarity: 1, how: 'exact' } : null;
  }
  if (query.text === listed.text) return { similarity: 1, how: 'exact' };
  if (query.role === 'initial' || listed.role === 'initial') return compareInitial(query, listed);
  if (query.role === 'particle' || listed.role === 'particle') return null;
  if (areNicknames(query.text, listed.text)) return { similarity: NICKNAME_SIMILARITY, how: 'nickname' };
  return compareSpelling(query.text, listed.text, query.phonetic, listed.phonetic);
}

/** Compares two words as spellings of the same name (typos, transliteration variants). */
export function compareSpelling(
  query: string,
  listed: string,
  queryKey?: string,
  listedKey?: string,
): PartComparison | null {
  const similarity = wordSimilarity(query, listed);
  if (similarity >= PHONETIC_SIMILARITY) return { similarity, how: 'typo' };
  if (similarity >= PHONETIC_MIN_SPELLING && Math.min(query.length, listed.length) >= 4) {
    const key = queryKey ?? phoneticKey(query);
    // Short skeletons ("ms", "asn") are shared by too many unrelated names to mean anything.
    if (key.replace(/^a/, '').length >= 3 && key === (listedKey ?? phoneticKey(listed))) {
      return { similarity: PHONETIC_SIMILARITY, how: 'phonetic' };
    }
  }
  return similarity >= MIN_PART_SIMILARITY ? { similarity, how: 'typo' } : null;
}

function compareInitial(query: KeyedPart, listed: KeyedPart): PartComparison | null {
  const [initial, full] = query.role === 'initial' ? [query, listed] : [listed, query];
  if (full.role === 'particle' || full.role === 'initial') return null;
  return full.text.startsWith(initial.text) ? { similarity: INITIAL_SIMILARITY, how: 'initial' } : null;
}

function areNicknames(a: string, b: string): boolean {
  const groupsOfA = NICKNAME_GROUPS.get(a);
  const groupsOfB = NICKNAME_GROUPS.get(b);
  return groupsOfA !== undefined && groupsOfB !== undefined && groupsOfA.some((g) => groupsOfB.includes(g));
}
