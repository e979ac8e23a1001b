import type { TContactData } from '../contracts/contacts.ts';
import { foldText } from './fold-text.ts';

/**
 * Identification data without which due diligence cannot be completed (issue 14, item 4), per
 * loi 18/09/2017 art. 26 (object of identification: for a natural person name, first names, date and
 * place of birth, address; for a legal person its name, registered office, legal form, registration and
 * list of directors) and art. 27 (verification against a document — the identity document). A contact
 * missing one cannot be accepted (art. 33). The schema already requires most of them for new versions;
 * the check also catches versions stored before a field became required and blank values.
 */
export const MANDATORY_IDENTIFICATION_FIELDS = {
  person: [
    'lastName',
    'firstNames',
    'birthDate',
    'birthPlace',
    'address',
    'idDocument.number',
    'idDocument.expiryDate',
  ],
  entity: ['name', 'registeredOffice', 'legalForm', 'registration', 'administrators'],
} as const;

/** One missing mandatory identification field (i18n key `contacts:dueDiligence.field.<code>`). */
export type TMissingIdentificationField =
  | (typeof MANDATORY_IDENTIFICATION_FIELDS)['person'][number]
  | (typeof MANDATORY_IDENTIFICATION_FIELDS)['entity'][number];

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

function addressIncomplete(address: unknown): boolean {
  if (!address || typeof address !== 'object') return true;
  const a = address as Record<string, unknown>;
  return blank(a.street) || blank(a.postalCode) || blank(a.city) || blank(a.country);
}

/** Entity types with a legal form, a registration and a board (companies and non-profits). */
const REGISTERED_ENTITY_TYPES = new Set(['company', 'non_profit']);

/**
 * The mandatory identification data missing from a contact version, in the order of
 * {@link MANDATORY_IDENTIFICATION_FIELDS}. A trust's directors are its trustees; a de-facto association or a
 * company in formation has no legal form, registration or board yet (its founders and beneficial owners are
 * identified instead), so only name and address are required of them.
 */
export function missingIdentificationData(data: TContactData): TMissingIdentificationField[] {
  const missing: TMissingIdentificationField[] = [];
  if (data.kind === 'person') {
    if (blank(data.lastName)) missing.push('lastName');
    if (blank(data.firstNames)) missing.push('firstNames');
    if (blank(data.birthDate)) missing.push('birthDate');
    if (blank(data.birthPlace)) missing.push('birthPlace');
    if (addressIncomplete(data.address)) missing.push('address');
    if (blank(data.idDocument?.number)) missing.push('idDocument.number');
    if (blank(data.idDocument?.expiryDate)) missing.push('idDocument.expiryDate');
    return missing;
  }
  const registered = REGISTERED_ENTITY_TYPES.has(data.entityType);
  if (blank(data.name)) missing.push('name');
  if (addressIncomplete(data.registeredOffice)) missing.push('registeredOffice');
  if (registered && blank(data.legalForm)) missing.push('legalForm');
  if (registered && blank(data.enterpriseNumber) && !data.foreignRegistration) missing.push('registration');
  if ((registered || data.entityType === 'trust') && (data.administrators ?? []).length === 0)
    missing.push('administrators');
  return missing;
}

/**
 * How a beneficial owner's identity was verified (loi art. 24 and 27: reasonable measures, against a
 * document or a reliable and independent source): a document kept in the file (the owner's identity
 * document, an extract, the statutes) or the UBO register extract (loi art. 73–75) that lists the owner.
 */
export const BENEFICIAL_OWNER_VERIFICATION_METHODS = ['document', 'ubo-register'] as const;
export type TBeneficialOwnerVerificationMethod = (typeof BENEFICIAL_OWNER_VERIFICATION_METHODS)[number];

/**
 * The beneficial owners still to verify: every required owner without a verification record. Recording
 * an owner is not verifying them (issue 14, item 4).
 */
export function unverifiedBeneficialOwners(
  requiredOwnerIds: readonly string[],
  verifiedOwnerIds: readonly string[],
): string[] {
  const verified = new Set(verifiedOwnerIds);
  return [...new Set(requiredOwnerIds)].filter((id) => !verified.has(id));
}

/** A person as named somewhere: the recorded beneficial owner or a line of the UBO register extract. */
export interface TNamedPerson {
  name: string;
  /** `YYYY-MM-DD` when known; compared only when both sides have it. */
  birthDate?: string | null;
}

/** The same person when the names match word for word, accents, case and order ignored, and birth dates agree. */
export function samePerson(a: TNamedPerson, b: TNamedPerson): boolean {
  const words = (name: string) => foldText(name).split(' ').filter(Boolean).sort().join(' ');
  if (words(a.name) === '' || words(a.name) !== words(b.name)) return false;
  return !a.birthDate || !b.birthDate || a.birthDate === b.birthDate;
}

/** The comparison of the recorded beneficial owners with the UBO register extract (issue 14, item 8). */
export interface TUboRegisterComparison<T extends TNamedPerson> {
  /** Recorded owners the extract lists too. */
  matched: { recorded: T; listed: TNamedPerson }[];
  /** Recorded as beneficial owner here, absent from the register. */
  onlyRecorded: T[];
  /** Listed in the register, not recorded here. */
  onlyInRegister: TNamedPerson[];
  /** Any difference: the agency reports the discrepancy to the register's administrator. */
  differs: boolean;
}

/**
 * Compares the beneficial owners the agency recorded with those the UBO register extract lists. Each
 * listed person matches at most one recorded owner. A difference is a discrepancy the agency reports to
 * the Treasury, which keeps the register (loi art. 73–75; see docs/DOMAIN.md for what was verified).
 */
export function compareWithUboRegister<T extends TNamedPerson>(
  recorded: readonly T[],
  listed: readonly TNamedPerson[],
): TUboRegisterComparison<T> {
  const remaining = [...listed];
  const matched: { recorded: T; listed: TNamedPerson }[] = [];
  const onlyRecorded: T[] = [];
  for (const owner of recorded) {
    const index = remaining.findIndex((person) => samePerson(owner, person));
    if (index === -1) onlyRecorded.push(owner);
    else matched.push({ recorded: owner, listed: remaining.splice(index, 1)[0]! });
  }
  return {
    matched,
    onlyRecorded,
    onlyInRegister: remaining,
    differs: onlyRecorded.length > 0 || remaining.length > 0,
  };
}
