import type { TContactData } from '../contracts/contacts.ts';
import { parseEnterpriseNumber } from '../identifiers/enterprise-number.ts';
import { parseNationalNumber } from '../identifiers/national-number.ts';

export type TContactFieldError = { field: string; code: string };

/**
 * Checks what a schema cannot: identifiers' check digits (national register number incl. 2000+
 * births, enterprise number), consistency of the national number with the birth date, a beneficial
 * owner for a person acting for someone else (law of 18 September 2017 art. 4, 27°), a registration for an entity
 * (art. 8), an identity document issued in the future or after its expiry, and links that point at the
 * contact itself. Returns the normalised data or field errors.
 */
export function checkContactData(
  data: TContactData,
  selfId?: string,
  /**
   * Today (`YYYY-MM-DD`): a birth date after it, in the field or in the national number, or an identity
   * document issued after it, is refused.
   */
  today?: string,
): { ok: true; value: TContactData } | { ok: false; errors: TContactFieldError[] } {
  const errors: TContactFieldError[] = [];
  if (data.kind === 'person') {
    let nationalNumber = data.nationalNumber || undefined;
    if (nationalNumber) {
      const parsed = parseNationalNumber(nationalNumber);
      if (!parsed.ok) errors.push({ field: 'nationalNumber', code: 'national_number' });
      else {
        nationalNumber = parsed.value.digits;
        const born = parsed.value.birthDate;
        const iso = born
          ? `${born.year}-${String(born.month).padStart(2, '0')}-${String(born.day).padStart(2, '0')}`
          : null;
        if (iso && iso !== data.birthDate)
          errors.push({ field: 'nationalNumber', code: 'national_number_birth_date' });
        else if (iso && today && iso > today)
          errors.push({ field: 'nationalNumber', code: 'national_number_future_birth' });
      }
    }
    if (today && data.birthDate > today) errors.push({ field: 'birthDate', code: 'birth_date_future' });
    // The issue date, when recorded, is read from the document itself (2022 regulation): it cannot be
    // later than today nor than the document's own expiry date.
    const issued = data.idDocument.issueDate;
    if (issued && today && issued > today) {
      errors.push({ field: 'idDocument.issueDate', code: 'issue_date_future' });
    } else if (issued && issued > data.idDocument.expiryDate) {
      errors.push({ field: 'idDocument.issueDate', code: 'issue_date_after_expiry' });
    }
    if (!data.actsForOwnAccount && data.beneficialOwners.length === 0) {
      errors.push({ field: 'beneficialOwners', code: 'beneficial_owner_required' });
    }
    if (selfId && data.beneficialOwners.some((l) => l.contactId === selfId)) {
      errors.push({ field: 'beneficialOwners', code: 'self_link' });
    }
    if (selfId && (data.mandataries ?? []).some((l) => l.contactId === selfId)) {
      errors.push({ field: 'mandataries', code: 'self_link' });
    }
    return errors.length ? { ok: false, errors } : { ok: true, value: { ...data, nationalNumber } };
  }
  let enterpriseNumber = data.enterpriseNumber || undefined;
  if (enterpriseNumber) {
    const parsed = parseEnterpriseNumber(enterpriseNumber);
    if (!parsed.ok) errors.push({ field: 'enterpriseNumber', code: 'enterprise_number' });
    else enterpriseNumber = parsed.value;
  }
  const needsRegistration = data.entityType === 'company' || data.entityType === 'non_profit';
  if (needsRegistration && !enterpriseNumber && !data.foreignRegistration) {
    errors.push({ field: 'enterpriseNumber', code: 'registration_required' });
  }
  const links = [
    ...data.beneficialOwners.map((l) => l.contactId),
    ...data.mandataries.map((l) => l.contactId),
    ...data.seniorManagingOfficials.map((l) => l.contactId),
  ];
  if (selfId && links.includes(selfId)) errors.push({ field: 'beneficialOwners', code: 'self_link' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { ...data, enterpriseNumber } };
}

/** Contact ids this version links to, and which of them must be natural persons. */
export function linkedContactIds(data: TContactData): { all: string[]; personsOnly: string[] } {
  if (data.kind === 'person') {
    // A person's mandataries (legal representative, power of attorney) are linked and screened like an
    // entity's (issue 14, item 5); versions stored before they existed have none.
    const ids = [...new Set([...data.beneficialOwners, ...(data.mandataries ?? [])].map((l) => l.contactId))];
    return { all: ids, personsOnly: ids };
  }
  const personsOnly = [...data.mandataries, ...data.seniorManagingOfficials].map((l) => l.contactId);
  return {
    all: [...new Set([...personsOnly, ...data.beneficialOwners.map((l) => l.contactId)])],
    personsOnly,
  };
}

/**
 * Warnings shown on the contact page (not blocking a draft): expired identity document, proof of address
 * or beneficial owners still missing, remote identification from a copy (a risk factor, art. 15).
 */
export function contactFlags(data: TContactData, today: string, documentPurposes: string[]): string[] {
  const flags: string[] = [];
  if (data.kind === 'person') {
    if (data.idDocument.expiryDate < today) flags.push('id_document_expired');
    if (data.needsProofOfAddress && !documentPurposes.includes('proof_of_address'))
      flags.push('proof_of_address_missing');
    if (data.identificationMode === 'remote_copy') flags.push('remote_copy_identification');
    return flags;
  }
  if (data.introducer) flags.push('introducer_recorded');
  else {
    if (data.mandataries.length === 0) flags.push('mandataries_missing');
    if (data.beneficialOwners.length === 0 && data.seniorManagingOfficials.length === 0) {
      flags.push('beneficial_owners_missing');
    }
  }
  return flags;
}
