import type { idDocumentTypes } from '../contracts/contacts.ts';

/**
 * A goAML report as Vigilo understands it, before any FIU's codes are applied: what the officer's
 * preview shows and what `buildGoAmlTree` turns into the schema's elements. Dates are ISO (YYYY-MM-DD),
 * amounts integer cents, countries ISO 3166 alpha-2.
 */
export type TGoAmlAddressKind = 'private' | 'business' | 'property';

export type TGoAmlAddress = {
  kind: TGoAmlAddressKind;
  street: string;
  postalCode: string;
  city: string;
  country: string;
};

export type TGoAmlIdentification = {
  documentType: (typeof idDocumentTypes)[number];
  number: string;
  /** As recorded on the identification; null when not recorded (never derived). */
  issueDate: string | null;
  expiryDate: string | null;
  issueCountry: string;
};

export type TGoAmlPerson = {
  firstName: string;
  lastName: string;
  gender: 'male' | 'female' | null;
  birthDate: string | null;
  birthPlace: string | null;
  nationalNumber: string | null;
  nationalities: string[];
  residence: string | null;
  address: TGoAmlAddress | null;
  occupation: string | null;
  identification: TGoAmlIdentification | null;
  comments: string | null;
};

export type TGoAmlRelatedRole = 'beneficialOwner' | 'mandatary' | 'seniorManagingOfficial';

export type TGoAmlRelatedPerson = { role: TGoAmlRelatedRole; person: TGoAmlPerson; detail: string | null };

export type TGoAmlEntity = {
  name: string;
  legalForm: string | null;
  incorporationNumber: string | null;
  incorporationCountry: string;
  address: TGoAmlAddress | null;
  relatedPersons: TGoAmlRelatedPerson[];
  comments: string | null;
};

export type TGoAmlSubject =
  | { kind: 'person'; person: TGoAmlPerson }
  | { kind: 'entity'; entity: TGoAmlEntity };

/** A person or entity the report is about, and why (SAR `report_party`). */
export type TGoAmlReportParty = {
  subject: TGoAmlSubject;
  /** What the party is to the case: the contact itself, or a related person of it. */
  relation: 'subject' | TGoAmlRelatedRole;
  significance: number;
  reason: string;
};

/** The property of the sale: the goods and services item. */
export type TGoAmlProperty = {
  address: TGoAmlAddress;
  priceCents: number;
  description: string;
};

export type TGoAmlAccount = {
  iban: string;
  /** The holders' names (the buyers), or null when a third party holds the account. */
  accountName: string | null;
  institutionName: string;
  institutionCode: string;
  holder: 'buyer' | 'third-party';
  signatories: TGoAmlPerson[];
};

export type TGoAmlTransactionParty = { role: 'buyer' | 'seller'; subject: TGoAmlSubject };

export type TGoAmlTransaction = {
  number: string;
  location: string;
  description: string;
  date: string;
  amountCents: number;
  /** The account the price is paid from (law of 18 September 2017 art. 67; 2022 regulation), or why there is none. */
  payment: { kind: 'account'; account: TGoAmlAccount } | { kind: 'unknown'; explanation: string };
  cashAmountCents: number | null;
  parties: TGoAmlTransactionParty[];
  property: TGoAmlProperty;
};

export type TGoAmlReport = {
  kind: 'SAR' | 'STR';
  reportingEntityId: number;
  branch: string;
  entityReference: string;
  /** CTIF's reference of an earlier report this one completes. */
  fiuRefNumber: string | null;
  submissionDate: string;
  reportingPerson: { firstName: string; lastName: string; email: string | null; occupation: string };
  location: TGoAmlAddress;
  reason: string;
  action: string;
  parties: TGoAmlReportParty[];
  property: TGoAmlProperty | null;
  transaction: TGoAmlTransaction | null;
  factorCodes: string[];
};

/** Something the serialisation had to change so the file stays valid; shown to the officer, never silent. */
export type TGoAmlAdjustment = {
  path: string;
  kind: 'truncated' | 'transliterated' | 'characters-removed';
  original: string;
  written: string;
  maxLength?: number;
};
