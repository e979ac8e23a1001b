import { foldText, splitWords } from './fold-text.ts';
import { LEGAL_FORM_ALIASES } from './reference/legal-forms.ts';
import { ORG_SYMBOLS } from './reference/org-symbols.ts';
import { PERSON_NICKNAMES } from './reference/person-nicknames.ts';
import { GENERIC_PERSON_NAMES, PERSON_TITLES } from './reference/person-titles.ts';
import { MULTILINGUAL_PERSON_TITLES } from './reference/person-titles-multilingual.ts';

/**
 * Name particles: prepositions, articles and patronymic links that belong to a name but identify little
 * ("van der", "de", "el", "al", "bin", "ben"). They stay in the name, with a small weight.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ul',
  'az',
  'ash',
  'adh',
  'ath',
  'bin',
  'bn',
  'ibnu',
  'ben',
  'ibn',
  'bint',
  'binti',
  'ould',
  'ait',
  'da',
  'das',
  'de',
  'del',
  'dela',
  'della',
  'der',
  'den',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'het',
  'la',
  'le',
  'les',
  'lo',
  't',
  'te',
  'ten',
  'ter',
  'van',
  'vande',
  'vanden',
  'vander',
  'von',
  'vom',
  'y',
  'zu',
  'zum',
  'zur',
]);

/** Multi-word phrases (as folded word sequences) to find inside a name, longest first. */
export interface PhraseTable {
  /** Folded phrase → canonical label. */
  phrases: ReadonlyMap<string, string>;
  maxWords: number;
}

function buildPhraseTable(entries: Iterable<readonly [string, string]>): PhraseTable {
  const phrases = new Map<string, string>();
  let maxWords = 1;
  for (const [raw, label] of entries) {
    const folded = foldText(raw);
    if (folded.length === 0 || phrases.has(folded)) continue;
    phrases.set(folded, label);
    maxWords = Math.max(maxWords, splitWords(folded).length);
  }
  return { phrases, maxWords };
}

// Legal-form aliases of one or two letters that are also frequent name parts or initials are left out:
// they would strip a real name part ("Ali AS", "Omar LC").
const AMBIGUOUS_LEGAL_FORMS = new Set(['l', 'll', 'lc', 'lt', 'dom', 'e', 'a', 'i']);

/** Legal forms (NV, SA, BV, SRL, VZW, ASBL, LLC, Ltd, GmbH, OOO …), folded. */
export const LEGAL_FORMS: PhraseTable = buildPhraseTable(
  LEGAL_FORM_ALIASES.filter((alias) => !AMBIGUOUS_LEGAL_FORMS.has(foldText(alias))).map(
    (alias) => [alias, foldText(alias)] as const,
  ),
);

/** Generic organisation words (company, holding, group, trade …) mapped to a canonical key. */
export const ORG_GENERIC_WORDS: PhraseTable = buildPhraseTable(
  Object.entries(ORG_SYMBOLS).flatMap(([key, aliases]) =>
    [key, ...aliases].map((alias) => [alias, key] as const),
  ),
);

/** Titles and honorifics that open a person's name, listed or screened. */
export const PERSON_TITLE_PHRASES: PhraseTable = buildPhraseTable(
  PERSON_TITLES.map((title) => [title, 'title'] as const),
);

/**
 * Offices, ranks and honorifics in several languages that may open a screened name. The lists keep "Haji",
 * "Sheikh" or "Mullah" as part of how a person is known, so these words are not dropped: in a screened
 * name they become light parts (like particles) that match the same word in a listed name and cost
 * little when it is absent.
 */
export const QUERY_TITLE_PHRASES: PhraseTable = buildPhraseTable(
  MULTILINGUAL_PERSON_TITLES.map((title) => [title, 'title'] as const),
);

/** Folded aliases too generic to identify anyone ("abu omar", "muhammad"): counted as weak aliases. */
export const GENERIC_PERSON_ALIASES: ReadonlySet<string> = new Set(
  GENERIC_PERSON_NAMES.map((name) => foldText(name)),
);

/** Folded given name or nickname → the nickname groups it belongs to (bob ↔ robert). */
export const NICKNAME_GROUPS: ReadonlyMap<string, readonly string[]> = buildNicknameGroups();

function buildNicknameGroups(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [group, names] of Object.entries(PERSON_NICKNAMES)) {
    for (const name of names) {
      const folded = foldText(name);
      const memberships = groups.get(folded) ?? [];
      memberships.push(group);
      groups.set(folded, memberships);
    }
  }
  return groups;
}

/** Finds the longest phrase of `table` starting at word `start`; returns its length in words (0 if none). */
export function matchPhraseAt(
  words: readonly string[],
  start: number,
  table: PhraseTable,
): { length: number; label: string } | null {
  const longest = Math.min(table.maxWords, words.length - start);
  for (let length = longest; length >= 1; length--) {
    const label = table.phrases.get(words.slice(start, start + length).join(' '));
    if (label !== undefined) return { length, label };
  }
  return null;
}
