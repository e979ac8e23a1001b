/**
 * Plain, JSON-serialisable shapes shared by the list importers (server), the stored list versions and the
 * in-memory screening index. Nothing here holds behaviour, so a list version can be stored as JSON rows and
 * the index rebuilt from them.
 */

/** What a list entry designates. Vessels and aircraft are screened like entities. */
export type SubjectKind = 'person' | 'entity' | 'vessel' | 'aircraft' | 'unknown';

/** What a query designates, when the caller knows it. */
export type QuerySubjectKind = 'person' | 'entity';

/**
 * One name of a list entry. `quality: 'weak'` marks aliases the list itself flags as low quality
 * (UN "Low", OFAC weak a.k.a., nicknames); they count less in the score.
 */
export interface ListName {
  full: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  quality: 'strong' | 'weak';
  /** Language or script hint from the source (EU `nameLanguage`, "original-script"), informative only. */
  language?: string;
}

/**
 * A birth date as published: a single date of any precision (`1962`, `1962-09`, `1962-09-03`), or a
 * range (`from`…`to`, inclusive, both at any precision). `circa` widens the date by two years each way.
 */
export interface ListBirthDate {
  from: string;
  to?: string;
  circa?: boolean;
}

/** One designated person, organisation, vessel or aircraft of one list. */
export interface ListEntry {
  /** The list's own identifier (EU euReferenceNumber, UN REFERENCE_NUMBER, OFAC ent_num, BE Number …). */
  entryId: string;
  kind: SubjectKind;
  names: ListName[];
  birthDates: ListBirthDate[];
  /** Nationality, citizenship, country of birth or of registration (ISO 3166-1 alpha-2). */
  countries: string[];
  /** Countries of known addresses (ISO 3166-1 alpha-2); weaker evidence than `countries`. */
  addressCountries: string[];
  programmes?: string[];
  remarks?: string;
  /**
   * What a hit on this entry means, when the file says so per entry (OpenSanctions `target` and
   * `topics`); otherwise the list's format decides (sanctions list, PEP dataset, watch list).
   */
  category?: ListEntryCategory;
}

export type ListEntryCategory = 'sanctions' | 'pep' | 'other';

/** The identifying facts of one imported list file. */
export interface ListVersionInfo {
  /** `eu`, `un`, `ofac`, `be`, `watchlist`, or an OpenSanctions dataset name. */
  source: string;
  /** The format the importer recognised. */
  format: ListFormat;
  /** Publication or generation date of the list (ISO date), or the import date when the file has none. */
  date: string;
  /** SHA-256 (hex) of the imported bytes, to recognise an unchanged file. */
  checksum: string;
  counts: ListCounts;
}

export interface ListCounts {
  entries: number;
  names: number;
  persons: number;
  entities: number;
}

/** A list version together with its entries, as produced by an importer. */
export interface ListVersionData extends ListVersionInfo {
  entries: ListEntry[];
}

export type ListFormat =
  | 'eu-fsf-xml'
  | 'un-consolidated-xml'
  | 'ofac-sdn-csv'
  | 'be-national-csv'
  | 'opensanctions-ftm-jsonl'
  | 'senzing-jsonl'
  | 'watchlist-csv';

/** Entries of one list version loaded into the screening index. */
export interface ScreeningListInput {
  /** Name of the list as reported in hits (`eu`, `un` …). */
  list: string;
  entries: readonly ListEntry[];
}

/** A name to screen, with the optional facts that corroborate or contradict a name resemblance. */
export interface ScreeningQuery {
  name: string;
  kind?: QuerySubjectKind;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  birthDate?: string;
  /** ISO 3166-1 alpha-2 codes (nationality, residence, registered office). */
  countries?: string[];
}

/** How one query name part was aligned with one list name part. */
export interface PartAlignment {
  query: string;
  listed: string;
  /** Similarity of the two parts, 0–1. */
  similarity: number;
  /** How the parts agreed. */
  how: 'exact' | 'typo' | 'phonetic' | 'transliteration' | 'initial' | 'nickname' | 'joined';
}

export type DateAgreement = 'exact' | 'month' | 'year' | 'range' | 'near' | 'conflict' | 'unknown';
export type CountryAgreement = 'agree' | 'address' | 'conflict' | 'unknown';
/**
 * What birth date and nationality did to a name resemblance: `raised` a near miss (same day of birth, same
 * nationality, same given name and surname stem) to an alert, `lowered` it (either contradicts), or `none`.
 */
export type Corroboration = 'raised' | 'lowered' | 'none';

/** Why a list entry was reported: enough for an AML officer to follow the decision. */
export interface HitExplanation {
  /** The query name as normalised (folded, transliterated) for comparison. */
  queryNormalised: string;
  /** The alias of the entry that matched best, as published and as normalised. */
  matchedName: string;
  matchedNormalised: string;
  aliasQuality: 'strong' | 'weak';
  alignment: PartAlignment[];
  /** Query parts without a counterpart in the alias. */
  unmatchedQueryParts: string[];
  /** Alias parts without a counterpart in the query. */
  unmatchedListedParts: string[];
  /** Legal forms and generic words set aside for entities ("NV", "holding"). */
  ignoredParts: string[];
  /** Score of the names alone, before birth date and country evidence. */
  nameScore: number;
  /** True when the parts were aligned in a different order than listed ("Putin Vladimir"). */
  isReordered: boolean;
  birthDate: { agreement: DateAgreement; query?: string; listed: ListBirthDate[]; adjustment: number };
  countries: { agreement: CountryAgreement; query: string[]; listed: string[]; adjustment: number };
  kind: { query?: QuerySubjectKind; listed: SubjectKind; adjustment: number };
  corroboration: Corroboration;
  score: number;
}

/** One list entry whose name resembles the query enough to be reported. */
export interface ScreeningHit {
  list: string;
  entryId: string;
  matchedName: string;
  /** 0–1, best first. */
  score: number;
  explanation: HitExplanation;
}
