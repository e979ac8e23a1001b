import { foldText, splitWords } from './fold-text.ts';
import {
  LEGAL_FORMS,
  matchPhraseAt,
  NAME_PARTICLES,
  ORG_GENERIC_WORDS,
  PERSON_TITLE_PHRASES,
  type PhraseTable,
  QUERY_TITLE_PHRASES,
} from './name-vocabulary.ts';
import { readNumberWords } from './read-number-words.ts';
import { type ScriptOptions, UNVOWELLED_SCRIPT } from './transliterate-scripts.ts';
import type { SubjectKind } from './types.ts';

// A single letter followed by a dot and another letter ("J.-C.", "V.V.", "A. G."): a person's initials,
// kept apart instead of being joined like the letters of an abbreviation ("N.V." → "nv").
const DOTTED_INITIAL = /(?<!\p{L})(\p{L})\.(?=\s*-?\s*\p{L})/gu;
// A patronymic formed on a compound name ("Seit-Umarovich") is one part, like "Umarovich" alone.
const COMPOUND_PATRONYMIC = /(\p{L}+)-(\p{L}+(?:ovich|evich|ovna|evna|ogly|oglu|kyzy|qizi))(?!\p{L})/giu;

/**
 * Role of a name part in comparison:
 * - `name`: an identifying part, weighted by how rare it is;
 * - `particle`: de, van, al, bin … (small weight);
 * - `initial`: a single letter of a person's name (matches a part starting with it);
 * - `generic`: a generic organisation word (company, holding, trade …), small weight, never enough alone;
 * - `legal`: a legal form (NV, SA, LLC …), set aside.
 */
export type NamePartRole = 'name' | 'particle' | 'initial' | 'generic' | 'legal';

export interface NamePart {
  /** Folded text ("putin"). For generic words, the canonical key ("co" for company, compagnie …). */
  text: string;
  role: NamePartRole;
  /**
   * Written in a script that leaves vowels out or implies them (Arabic, Hebrew, Thai): compared by
   * consonant classes as well as by spelling.
   */
  unvowelled?: boolean;
  /** A screened word as a listed alias in the same script reads (see ScriptOptions.isQuery), when it differs. */
  listedForm?: string;
}

export interface TokenisedName {
  folded: string;
  /** Parts compared (names, particles, initials, generic words), in written order. */
  parts: NamePart[];
  /** Titles and legal forms set aside. */
  ignored: string[];
}

/**
 * Splits a name into comparable parts. "LAST, First" is turned around to "First LAST"; titles opening a
 * person's name are dropped and dotted initials kept apart ("J.-C." → "j c"); for organisations (and
 * names of unknown kind) numbers are written in digits, legal forms set aside and generic words
 * recognised, so "ACME HOLDING NV" compares on "acme" and not on "holding" or "nv".
 */
export interface TokeniseOptions extends ScriptOptions {
  /** A screened name (not a listed one): multilingual titles become light parts. */
  isQuery?: boolean;
}

export function tokeniseName(raw: string, kind: SubjectKind, options: TokeniseOptions = {}): TokenisedName {
  const isOrganisation = kind !== 'person';
  const written =
    kind === 'person' ? raw.replace(DOTTED_INITIAL, '$1 ').replace(COMPOUND_PATRONYMIC, '$1$2') : raw;
  // The screened reading of Arabic is for persons: organisation names meet the legal forms and generic
  // words of the tables, which are written in the listed reading.
  const scriptOptions = { ...options, isQuery: options.isQuery === true && kind === 'person' };
  const folded = splitWords(foldText(reorderCommaName(written, kind), scriptOptions));
  const words = isOrganisation ? readNumberWords(folded) : folded;
  const parts: NamePart[] = [];
  const ignored: string[] = [];
  let index = 0;
  // Latin titles ("Mr", "Dr") are not written in these scripts: "mr" from מאיר is Meir.
  const isUnvowelled = UNVOWELLED_SCRIPT.test(raw) && !/\p{Script=Latin}/u.test(raw);
  if (kind === 'person' && !isUnvowelled) {
    index = skipTitles(words, ignored, PERSON_TITLE_PHRASES);
    if (options.isQuery) index = lightenTitles(words, index, parts);
  }
  while (index < words.length) {
    const word = words[index]!;
    const legal = isOrganisation ? matchPhraseAt(words, index, LEGAL_FORMS) : null;
    // A short legal form never opens a name of unknown kind ("SA" could be a person's initials there).
    const isAmbiguousOpening = kind === 'unknown' && index === 0 && legal?.length === 1 && word.length < 3;
    if (legal && words.length > legal.length && !isAmbiguousOpening) {
      ignored.push(words.slice(index, index + legal.length).join(' '));
      index += legal.length;
      continue;
    }
    const generic = isOrganisation ? matchPhraseAt(words, index, ORG_GENERIC_WORDS) : null;
    if (generic) {
      parts.push({ text: generic.label, role: 'generic' });
      index += generic.length;
      continue;
    }
    parts.push({ text: word, role: roleOfWord(word, kind) });
    index += 1;
  }
  const named = promoteGenericName(parts);
  return {
    folded: words.join(' '),
    parts: isUnvowelled ? markUnvowelled(named, folded, written, kind, scriptOptions) : named,
    ignored,
  };
}

/**
 * A name made only of generic words ("Special Industries Group", "Trade Capital Bank") is identified by
 * them: they become name parts. A single generic word ("Holding", "Corp") stays generic and never
 * matches on its own.
 */
function promoteGenericName(parts: NamePart[]): NamePart[] {
  const hasName = parts.some((part) => part.role === 'name');
  const genericCount = parts.filter((part) => part.role === 'generic').length;
  if (hasName || genericCount < 2) return parts;
  return parts.map((part) => (part.role === 'generic' ? { text: part.text, role: 'name' } : part));
}

function roleOfWord(word: string, kind: SubjectKind): NamePartRole {
  if (NAME_PARTICLES.has(word)) return 'particle';
  if (word.length === 1 && kind !== 'entity' && !/[0-9]/.test(word)) return 'initial';
  return 'name';
}

/** Multilingual titles opening a screened name become light parts ("sheikh", "generaal", "minister"). */
function lightenTitles(words: readonly string[], start: number, parts: NamePart[]): number {
  let index = start;
  for (;;) {
    const title = matchPhraseAt(words, index, QUERY_TITLE_PHRASES);
    if (!title || index + title.length >= words.length) return index;
    // One light part per title, however many words it has ("minister van buitenlandse zaken").
    parts.push({ text: words.slice(index, index + title.length).join(' '), role: 'particle' });
    index += title.length;
  }
}

function skipTitles(words: readonly string[], ignored: string[], titles: PhraseTable): number {
  let index = 0;
  for (;;) {
    const title = matchPhraseAt(words, index, titles);
    // Never strip the whole name: "General" alone stays a name.
    if (!title || index + title.length >= words.length) return index;
    ignored.push(words.slice(index, index + title.length).join(' '));
    index += title.length;
  }
}

/** "PUTIN, Vladimir" → "Vladimir PUTIN", unless the part after the comma is a legal form ("CIMEX, S.A."). */
function reorderCommaName(raw: string, kind: SubjectKind): string {
  const pieces = raw.split(',');
  if (pieces.length !== 2) return raw;
  const [last, first] = pieces as [string, string];
  const firstWords = splitWords(foldText(first));
  if (firstWords.length === 0 || firstWords.length > 4) return raw.replace(',', ' ');
  const isLegalSuffix = matchPhraseAt(firstWords, 0, LEGAL_FORMS)?.length === firstWords.length;
  if (isLegalSuffix || kind === 'entity') return `${last} ${first}`;
  return `${first} ${last}`;
}

/**
 * Marks the parts of a name written in Arabic, Hebrew or Thai script; a screened name's words also carry
 * their listed reading, so that the very same letters on a list still match exactly.
 */
function markUnvowelled(
  parts: readonly NamePart[],
  words: readonly string[],
  written: string,
  kind: SubjectKind,
  options: TokeniseOptions,
): NamePart[] {
  const listedWords = options.isQuery
    ? splitWords(foldText(reorderCommaName(written, kind), { ...options, isQuery: false }))
    : [];
  const listedForms =
    listedWords.length === words.length ? new Map(words.map((word, i) => [word, listedWords[i]!])) : null;
  return parts.map((part) => {
    const listedForm = part.role === 'generic' ? undefined : listedForms?.get(part.text);
    return listedForm !== undefined && listedForm !== part.text
      ? { ...part, unvowelled: true, listedForm }
      : { ...part, unvowelled: true };
  });
}
