import { foldText } from './fold-text.ts';
import { DISTINCT_NAME_GROUPS } from './reference/distinct-names.ts';
import {
  DOUBLED_LETTERS,
  NAME_EQUIVALENTS,
  PARTICLE_FAMILIES,
  TRANSLITERATION_REWRITES,
} from './reference/transliteration-families.ts';

/**
 * The canonical spelling of a folded word across romanisation systems: "atabiyev" and "atabiev" →
 * `atabiev`; "kadyroff", "kadyrow" → `kadirov`; "jeong" → `jong`. Equal keys mean one name.
 */
export function transliterationKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  // Screening asks for the same few thousand query words again and again; the cache is simply emptied
  // when full.
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  const key = computeKey(word);
  keyCache.set(word, key);
  return key;
}

const KEY_CACHE_SIZE = 50_000;
const keyCache = new Map<string, string>();

function computeKey(word: string): string {
  let key = word;
  for (const [pattern, replacement, minLength = 0] of TRANSLITERATION_REWRITES) {
    if (word.length >= minLength) key = key.replace(pattern, replacement);
  }
  return word.length >= DOUBLED_LETTERS.minLength ? key.replace(DOUBLED_LETTERS.pattern, '$1') : key;
}

const EQUIVALENT_GROUPS = buildGroups(NAME_EQUIVALENTS.map((names) => names.map((name) => foldText(name))));
const PARTICLE_KEYS = new Map(
  Object.entries(PARTICLE_FAMILIES).flatMap(([key, forms]) => forms.map((form) => [form, key] as const)),
);

/** True when two different words are listed as one name in another language or system (Georgios / George). */
export function areEquivalentNames(a: string, b: string): boolean {
  const groupsOfA = EQUIVALENT_GROUPS.get(a);
  const groupsOfB = EQUIVALENT_GROUPS.get(b);
  return groupsOfA !== undefined && groupsOfB !== undefined && groupsOfA.some((g) => groupsOfB.includes(g));
}

const DISTINCT_NAMES = new Map(
  DISTINCT_NAME_GROUPS.flatMap((groups, set) =>
    groups.flatMap((names, group) => names.map((name) => [name, { set, group }] as const)),
  ),
);

/** True when two words are spellings of two different names that look alike (Hassan / Hussain). */
export function areDistinctNames(a: string, b: string): boolean {
  const ofA = DISTINCT_NAMES.get(a);
  const ofB = DISTINCT_NAMES.get(b);
  return ofA !== undefined && ofB !== undefined && ofA.set === ofB.set && ofA.group !== ofB.group;
}

/** The particle's family ("el", "ul", "az" → `al`; "ben", "ibn" → `bin`), or the particle itself. */
export function particleKey(particle: string): string {
  return PARTICLE_KEYS.get(particle) ?? particle;
}

/** The words of the given name-equivalence groups, for candidate look-up. */
export function equivalentNames(word: string): readonly string[] {
  const groups = EQUIVALENT_GROUPS.get(word);
  if (!groups) return [];
  return NAME_EQUIVALENTS.flatMap((names, group) => (groups.includes(group) ? names : [])).filter(
    (name) => name !== word,
  );
}

function buildGroups(groups: readonly (readonly string[])[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  groups.forEach((names, group) => {
    for (const name of names) byName.set(name, [...(byName.get(name) ?? []), group]);
  });
  return byName;
}
