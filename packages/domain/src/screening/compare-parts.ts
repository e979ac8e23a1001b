import { NICKNAME_GROUPS } from './name-vocabulary.ts';
import { phoneticKey } from './phonetic-key.ts';
import { UNVOWELLED_ALTERNATIVES, UNVOWELLED_CLASSES } from './reference/unvowelled-skeleton.ts';
import { wordSimilarity } from './token-similarity.ts';
import type { NamePart } from './tokenise-name.ts';
import {
  areDistinctNames,
  areEquivalentNames,
  particleKey,
  transliterationKey,
} from './transliteration-family.ts';
import type { PartAlignment } from './types.ts';

/** Below this similarity two parts are different names and earn nothing. */
export const MIN_PART_SIMILARITY = 0.75;
const INITIAL_SIMILARITY = 0.9;
const NICKNAME_SIMILARITY = 0.9;
const PHONETIC_SIMILARITY = 0.82;
/** Two spellings of one name by two romanisation systems, or a listed equivalent (Georgios / George). */
const TRANSLITERATION_SIMILARITY = 0.92;
/** A vowel-less word (Arabic or Hebrew script) whose consonants are those of the listed word. */
const CONSONANT_SKELETON_SIMILARITY = 0.85;
/**
 * A word written in Arabic or Hebrew script whose very letters, vowels aside, are those of the listed word
 * ("snwr" Sinwar, "yhya" Yahya): one spelling short of the listed one, stronger than a class agreement.
 */
const UNVOWELLED_LETTERS_SIMILARITY = 0.9;
const VOWELS = 'aeiou';
const MIN_SKELETON = 2;
/** Below this spelling similarity, a shared phonetic key is a coincidence. */
const PHONETIC_MIN_SPELLING = 0.5;

/** A name part that may carry its precomputed phonetic key. */
export interface KeyedPart extends NamePart {
  phonetic?: string;
  /** Precomputed {@link transliterationKey}. */
  transliteration?: string;
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
  if (query.text === listed.text || query.listedForm === listed.text) return { similarity: 1, how: 'exact' };
  if (query.role === 'initial' || listed.role === 'initial') return compareInitial(query, listed);
  if (query.role === 'particle' || listed.role === 'particle') {
    const isSameParticle = query.role === listed.role && particleKey(query.text) === particleKey(listed.text);
    return isSameParticle ? { similarity: TRANSLITERATION_SIMILARITY, how: 'transliteration' } : null;
  }
  if (areDistinctNames(query.text, listed.text)) return null;
  if (areNicknames(query.text, listed.text)) return { similarity: NICKNAME_SIMILARITY, how: 'nickname' };
  if (areEquivalentNames(query.text, listed.text)) {
    return { similarity: TRANSLITERATION_SIMILARITY, how: 'transliteration' };
  }
  const spelling = compareSpelling(query.text, listed.text, query.phonetic, listed.phonetic);
  // A consonant skeleton adds nothing to a spelling that agrees at least as well.
  const skeleton = query.unvowelled
    ? spelling && spelling.similarity >= UNVOWELLED_LETTERS_SIMILARITY
      ? null
      : compareUnvowelled(query, listed)
    : spelling && spelling.similarity >= CONSONANT_SKELETON_SIMILARITY
      ? null
      : compareSkeletons(query, listed);
  return best(spelling, compareTransliterations(query, listed), skeleton);
}

function best(...comparisons: (PartComparison | null)[]): PartComparison | null {
  let found: PartComparison | null = null;
  for (const comparison of comparisons) {
    if (comparison && (!found || comparison.similarity > found.similarity)) found = comparison;
  }
  return found;
}

/**
 * Compares the canonical spellings of two words ({@link transliterationKey}): equal keys are one name
 * written by two systems (Atabiyev / Atabiev, Kadyroff / Kadyrov).
 */
function compareTransliterations(query: KeyedPart, listed: KeyedPart): PartComparison | null {
  const queryKey = query.transliteration ?? transliterationKey(query.text);
  const listedKey = listed.transliteration ?? transliterationKey(listed.text);
  return queryKey === listedKey ? { similarity: TRANSLITERATION_SIMILARITY, how: 'transliteration' } : null;
}

/**
 * Arabic and Hebrew are written without short vowels ("bshr" for Bashar, "ldn" for Ladin): a vowel-less
 * word agrees with a listed word that has the same consonants, h and w included (once h is ignored, "mhmd"
 * fits "Mamadou" and "abdllh" fits "Abdel"), two at least.
 */
function compareSkeletons(query: KeyedPart, listed: KeyedPart): PartComparison | null {
  if (!isVowelless(query.text) && !isVowelless(listed.text)) return null;
  const skeleton = consonantSkeleton(query.text);
  return skeleton.length >= MIN_SKELETON && skeleton === consonantSkeleton(listed.text)
    ? { similarity: CONSONANT_SKELETON_SIMILARITY, how: 'phonetic' }
    : null;
}

/**
 * A query word written in Arabic, Hebrew or Thai script agrees with a listed word whose consonant classes
 * are the same ({@link unvowelledKey}: "qdyrwf" = Kadyrov, "lkphai" = Leekpai), two classes at least.
 */
function compareUnvowelled(query: KeyedPart, listed: KeyedPart): PartComparison | null {
  const letters = withoutVowels(query.text);
  if (letters.length >= MIN_SKELETON && letters === withoutVowels(listed.text)) {
    return { similarity: UNVOWELLED_LETTERS_SIMILARITY, how: 'phonetic' };
  }
  const listedKey = unvowelledKey(listed.text);
  return unvowelledKeys(query.text).some((key) => key.length >= MIN_SKELETON && key === listedKey)
    ? { similarity: CONSONANT_SKELETON_SIMILARITY, how: 'phonetic' }
    : null;
}

function withoutVowels(word: string): string {
  return word.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * The class keys of a query word in a script that leaves some letters ambiguous: its {@link unvowelledKey}
 * and that key with each ambiguous class read otherwise (UNVOWELLED_ALTERNATIVES: ש as s, ض as z).
 */
export function unvowelledKeys(word: string): string[] {
  let keys = [unvowelledKey(word)];
  for (const [letter, readings] of UNVOWELLED_ALTERNATIVES) {
    if (!keys[0]!.includes(letter)) continue;
    keys = keys.flatMap((key) => [
      key,
      ...readings.map((reading) => key.replaceAll(letter, reading).replace(/(.)\1+/g, '$1')),
    ]);
  }
  return [...new Set(keys)];
}

/**
 * Consonant classes of a word (reference/unvowelled-skeleton.ts): vowels, h and the vowel letters w and y
 * inside the word dropped, letters that romanisations of one Arabic, Hebrew or Thai letter spell
 * differently merged, doubled letters once ("Zawahiri" and "zwhry" → `sr`, "Yinon" and "ynn" → `yn`).
 */
export function unvowelledKey(word: string): string {
  // w and y inside a word are vowel letters; at its start, consonants.
  // (Marked, not removed, so that no digraph forms across them: "zwhry" is z-h-r, not zh-r.)
  let text = word.slice(0, 1) + word.slice(1).replace(/[wy]/g, '.');
  for (const [pattern, replacement] of UNVOWELLED_CLASSES) text = text.replace(pattern, replacement);
  return text.replace(/(?!^y)[aeiouyh.]/g, '').replace(/(.)\1+/g, '$1');
}

function consonantSkeleton(word: string): string {
  return word
    .replace(/^[aeiouy]+/, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** No vowel after the first letter: a word transliterated from a script that does not write them. */
function isVowelless(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 1; i < word.length; i++) if (VOWELS.includes(word[i]!)) return false;
  return true;
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
