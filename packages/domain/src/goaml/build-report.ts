import type { TAddress, TContactData, TEntityData, TPersonData } from '../contracts/contacts.ts';
import { parseNationalNumber } from '../identifiers/index.ts';
import type {
  TGoAmlAccount,
  TGoAmlAddress,
  TGoAmlAddressKind,
  TGoAmlEntity,
  TGoAmlPerson,
  TGoAmlProperty,
  TGoAmlRelatedPerson,
  TGoAmlRelatedRole,
  TGoAmlReport,
  TGoAmlReportParty,
  TGoAmlSubject,
  TGoAmlTransaction,
} from './report-model.ts';

/** The officer's editable texts of a report (the preview's free fields). */
export type TGoAmlTexts = {
  reason: string;
  action: string;
  /** STR only: what happened, the transaction's description. */
  transactionDescription: string;
  /** STR only: the date of the transaction (ISO), e.g. the sale agreement. */
  transactionDate: string;
  /** STR only: the bank holding the account the price is paid from. */
  institutionName: string;
};

/** Sentences written into party reasons, in the officer's language (`{{name}}` = the related contact). */
export type TGoAmlPartyReasons = Record<'subject' | TGoAmlRelatedRole, string>;

export type TGoAmlCaseInput = {
  subjectType: 'risk_profile' | 'transaction';
  caseReference: string;
  fiuRefNumber: string | null;
  submissionDate: string;
  organisation: { reportingEntityId: number; branch: string; address: TAddress };
  officer: { firstName: string; lastName: string; email: string | null; occupation: string };
  texts: TGoAmlTexts;
  partyReasons: TGoAmlPartyReasons;
  /** Every contact the case refers to, linked contacts included, by id (the version the case used). */
  contacts: Record<string, { displayName: string; data: TContactData }>;
  /** SAR: the contacts reported (the risk profile's contact). */
  subjectContactIds: string[];
  transaction: {
    reference: string;
    priceCents: number;
    propertyAddress: TAddress;
    answers: Record<string, unknown>;
    parties: { contactId: string; role: 'buyer' | 'seller' }[];
  } | null;
  property: { address: TAddress; priceCents: number; description: string } | null;
  factorCodes: string[];
};

function address(kind: TGoAmlAddressKind, a: TAddress): TGoAmlAddress {
  return { kind, street: a.street, postalCode: a.postalCode, city: a.city, country: a.country };
}

function genderOf(nationalNumber: string | undefined): TGoAmlPerson['gender'] {
  if (!nationalNumber) return null;
  const parsed = parseNationalNumber(nationalNumber);
  return parsed.ok ? parsed.value.sex : null;
}

/** A natural person's identification as goAML wants it (law of 18 September 2017 art. 26; 2022 regulation: name, birth, address). */
export function toGoAmlPerson(data: TPersonData, comments: string | null = null): TGoAmlPerson {
  return {
    firstName: data.firstNames,
    lastName: data.lastName,
    gender: genderOf(data.nationalNumber),
    birthDate: data.birthDate,
    birthPlace: data.birthPlace || null,
    nationalNumber: data.nationalNumber?.replace(/\D/g, '') || null,
    nationalities: data.nationalities.slice(0, 3),
    residence: data.address.country,
    address: address('private', data.address),
    occupation: data.profession || null,
    identification: {
      documentType: data.idDocument.type,
      number: data.idDocument.number,
      issueDate: data.idDocument.issueDate ?? null,
      expiryDate: data.idDocument.expiryDate,
      issueCountry: data.idDocument.issuingCountry,
    },
    comments,
  };
}

function fill(template: string, name: string): string {
  return template.replaceAll('{{name}}', name);
}

type TRelatedLink = { role: TGoAmlRelatedRole; contactId: string; detail: string | null };

function relatedLinksOf(data: TContactData): TRelatedLink[] {
  const ownership = (link: { ownershipPct?: number; controls: string[] }) =>
    [link.ownershipPct !== undefined ? `${link.ownershipPct}%` : null, ...link.controls]
      .filter(Boolean)
      .join(', ') || null;
  if (data.kind === 'person') {
    return data.beneficialOwners.map((l) => ({
      role: 'beneficialOwner' as const,
      contactId: l.contactId,
      detail: ownership(l),
    }));
  }
  return [
    ...data.beneficialOwners.map((l) => ({
      role: 'beneficialOwner' as const,
      contactId: l.contactId,
      detail: ownership(l),
    })),
    ...data.mandataries.map((l) => ({
      role: 'mandatary' as const,
      contactId: l.contactId,
      detail: l.power || null,
    })),
    ...data.seniorManagingOfficials.map((l) => ({
      role: 'seniorManagingOfficial' as const,
      contactId: l.contactId,
      detail: null,
    })),
  ];
}

function toGoAmlEntity(data: TEntityData, related: TGoAmlRelatedPerson[]): TGoAmlEntity {
  const number = data.enterpriseNumber?.replace(/\D/g, '') || data.foreignRegistration?.number || null;
  return {
    name: data.name,
    legalForm: data.legalForm || null,
    incorporationNumber: number,
    incorporationCountry: data.foreignRegistration?.country ?? data.registeredOffice.country,
    address: address('business', data.registeredOffice),
    relatedPersons: related,
    comments: data.representationPowers || null,
  };
}

/**
 * A contact as a report subject. An entity carries its beneficial owners, mandataries and senior managing
 * officials as related persons; related contacts that are themselves entities (a holding in the ownership
 * chain), and the beneficial owners of a person acting for someone else, become parties of their own.
 */
function subjectOf(
  input: TGoAmlCaseInput,
  contactId: string,
): { subject: TGoAmlSubject; extraParties: TGoAmlReportParty[] } | null {
  const contact = input.contacts[contactId];
  if (!contact) return null;
  const links = relatedLinksOf(contact.data);
  const extraParties: TGoAmlReportParty[] = [];
  const related: TGoAmlRelatedPerson[] = [];
  for (const link of links) {
    const linked = input.contacts[link.contactId];
    if (!linked) continue;
    const reason = fill(input.partyReasons[link.role], contact.displayName);
    if (linked.data.kind === 'person' && contact.data.kind === 'entity') {
      related.push({ role: link.role, person: toGoAmlPerson(linked.data, link.detail), detail: link.detail });
      continue;
    }
    const nested = subjectOf({ ...input, contacts: withoutKey(input.contacts, contactId) }, link.contactId);
    if (!nested) continue;
    extraParties.push({ subject: nested.subject, relation: link.role, significance: 5, reason });
    extraParties.push(...nested.extraParties);
  }
  const subject: TGoAmlSubject =
    contact.data.kind === 'person'
      ? { kind: 'person', person: toGoAmlPerson(contact.data) }
      : { kind: 'entity', entity: toGoAmlEntity(contact.data, related) };
  return { subject, extraParties };
}

// Removing the contact being expanded stops a cycle in the ownership links (refused upstream anyway).
function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** The bank code inside an IBAN: Belgian IBANs carry a 3-digit bank identification code. */
export function institutionCodeOf(iban: string): string {
  const compact = iban.replace(/\s/g, '').toUpperCase();
  return compact.startsWith('BE') ? compact.slice(4, 7) : compact.slice(4, 8);
}

function paymentOf(input: TGoAmlCaseInput, buyers: TGoAmlSubject[]): TGoAmlTransaction['payment'] {
  const answers = input.transaction!.answers;
  const iban = typeof answers.paymentAccountIban === 'string' ? answers.paymentAccountIban : null;
  if (answers.paymentAccountKnown !== true || !iban) {
    const explanation = typeof answers.financingExplanation === 'string' ? answers.financingExplanation : '';
    return { kind: 'unknown', explanation };
  }
  const holder = answers.paymentAccountHolder === 'third-party' ? 'third-party' : 'buyer';
  const compact = iban.replace(/\s/g, '').toUpperCase();
  const account: TGoAmlAccount = {
    iban: compact,
    accountName:
      holder === 'buyer'
        ? input
            .transaction!.parties.filter((p) => p.role === 'buyer')
            .map((p) => input.contacts[p.contactId]?.displayName ?? '')
            .filter(Boolean)
            .join(', ') || null
        : null,
    institutionCode: institutionCodeOf(compact),
    institutionName:
      input.texts.institutionName.trim() || `${compact.slice(0, 2)} ${institutionCodeOf(compact)}`,
    holder,
    signatories:
      holder === 'buyer'
        ? buyers.flatMap((b) =>
            b.kind === 'person' ? [b.person] : b.entity.relatedPersons.map((r) => r.person),
          )
        : [],
  };
  return { kind: 'account', account };
}

function transactionOf(input: TGoAmlCaseInput, property: TGoAmlProperty): TGoAmlTransaction | null {
  const deal = input.transaction;
  if (!deal) return null;
  const parties = deal.parties.flatMap((p) => {
    const found = subjectOf(input, p.contactId);
    return found ? [{ role: p.role, subject: found.subject }] : [];
  });
  const buyers = parties.filter((p) => p.role === 'buyer').map((p) => p.subject);
  const cash = deal.answers.cashPayment === true;
  return {
    number: deal.reference,
    location: deal.propertyAddress.city,
    description: input.texts.transactionDescription,
    date: input.texts.transactionDate,
    amountCents: deal.priceCents,
    payment: paymentOf(input, buyers),
    cashAmountCents:
      cash && typeof deal.answers.cashAmountCents === 'number' ? deal.answers.cashAmountCents : null,
    parties,
    property,
  };
}

/**
 * Builds the goAML report of a case reported to CTIF-CFI (M8; law of 18 September 2017 art. 47): a SAR (activity with the
 * reported contacts and their related persons) for a risk profile, an STR (the sale, its parties and the
 * paying account) for a transaction. Pure: the server loads the data, this decides what goes in the report.
 */
export function buildGoAmlReport(input: TGoAmlCaseInput): TGoAmlReport {
  const property: TGoAmlProperty | null = input.property
    ? {
        address: address('property', input.property.address),
        priceCents: input.property.priceCents,
        description: input.property.description,
      }
    : null;
  const parties: TGoAmlReportParty[] = [];
  if (input.subjectType === 'risk_profile') {
    for (const contactId of input.subjectContactIds) {
      const found = subjectOf(input, contactId);
      if (!found) continue;
      parties.push({
        subject: found.subject,
        relation: 'subject',
        significance: 8,
        reason: input.partyReasons.subject,
      });
      parties.push(...found.extraParties);
    }
  }
  return {
    kind: input.subjectType === 'transaction' ? 'STR' : 'SAR',
    reportingEntityId: input.organisation.reportingEntityId,
    branch: input.organisation.branch,
    entityReference: input.caseReference,
    fiuRefNumber: input.fiuRefNumber,
    submissionDate: input.submissionDate,
    reportingPerson: { ...input.officer },
    location: address('business', input.organisation.address),
    reason: input.texts.reason,
    action: input.texts.action,
    parties,
    property: input.subjectType === 'risk_profile' ? property : null,
    transaction: property ? transactionOf(input, property) : null,
    factorCodes: [...input.factorCodes],
  };
}
