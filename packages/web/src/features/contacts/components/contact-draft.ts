import type { mandataryCapacities, TContactData, TContactDetail } from '@vigilo/domain/contracts/contacts.ts';
import { parseEnterpriseNumber } from '@vigilo/domain/identifiers/enterprise-number.ts';
import type { TContactInput } from '../api/contacts.ts';

/** A contact chosen as beneficial owner, mandatary or senior managing official (with its name to show). */
export type TLinkDraft = { contactId: string; displayName: string; kind: 'person' | 'entity' };
export type TOwnerDraft = TLinkDraft & { ownershipPct: number | ''; controls: string[] };
export type TMandataryDraft = TLinkDraft & { power: string; capacity?: TMandataryCapacity };
export type TMandataryCapacity = (typeof mandataryCapacities)[number];
export type TAddressDraft = { street: string; postalCode: string; city: string; country: string };

export type TPersonDraft = {
  kind: 'person';
  lastName: string;
  firstNames: string;
  birthDate: string;
  birthPlace: string;
  nationalities: string[];
  address: TAddressDraft;
  needsProofOfAddress: boolean;
  idDocument: {
    type: string;
    number: string;
    /** The issue date as printed on the document, or '' when not recorded (never derived). */
    issueDate: string;
    expiryDate: string;
    issuingCountry: string;
  };
  nationalNumber: string;
  identificationMode: string;
  profession: string;
  actsForOwnAccount: boolean;
  beneficialOwners: TOwnerDraft[];
  pep: TPepDraft;
  /** Legal representatives and holders of a power of attorney (issue 14, item 5). */
  mandataries: TMandataryDraft[];
  notes: string;
};

/** PEP status at identification (loi art. 41): the function, its country and dates. */
export type TPepDraft = {
  status: string;
  function: string;
  country: string;
  startDate: string;
  endDate: string;
};
const emptyPep = (): TPepDraft => ({ status: 'none', function: '', country: '', startDate: '', endDate: '' });

/** A person's PEP data for the API: left out when not a PEP, empty dates omitted. */
function pepInput(pep: TPepDraft) {
  if (pep.status === 'none') return {};
  return {
    pep: {
      status: pep.status as never,
      function: pep.function,
      ...(pep.country ? { country: pep.country } : {}),
      ...(pep.startDate ? { startDate: pep.startDate } : {}),
      ...(pep.endDate ? { endDate: pep.endDate } : {}),
    },
  };
}

export type TEntityDraft = {
  kind: 'entity';
  name: string;
  entityType: string;
  legalForm: string;
  registration: 'belgian' | 'foreign' | 'none';
  enterpriseNumber: string;
  foreignRegistration: { number: string; country: string };
  registeredOffice: TAddressDraft;
  hasMainPlaceOfBusiness: boolean;
  mainPlaceOfBusiness: TAddressDraft;
  administrators: string[];
  representationPowers: string;
  publicationReferences: string;
  mandataries: TMandataryDraft[];
  beneficialOwners: TOwnerDraft[];
  seniorManagingOfficials: TLinkDraft[];
  hasIntroducer: boolean;
  introducer: { name: string; type: string; country: string; commitmentDocumentId?: string };
  notes: string;
  /** The enterprise number last filled in from the KBO: saving it keeps the extract as the version's source. */
  kboFilledFrom?: string;
};

export type TContactDraft = TPersonDraft | TEntityDraft;

const emptyAddress = (): TAddressDraft => ({ street: '', postalCode: '', city: '', country: 'BE' });

export function emptyPerson(): TPersonDraft {
  return {
    kind: 'person',
    lastName: '',
    firstNames: '',
    birthDate: '',
    birthPlace: '',
    nationalities: ['BE'],
    address: emptyAddress(),
    needsProofOfAddress: false,
    idDocument: { type: 'belgian_eid', number: '', issueDate: '', expiryDate: '', issuingCountry: 'BE' },
    nationalNumber: '',
    identificationMode: '',
    profession: '',
    actsForOwnAccount: true,
    beneficialOwners: [],
    pep: emptyPep(),
    mandataries: [],
    notes: '',
  };
}

export function emptyEntity(): TEntityDraft {
  return {
    kind: 'entity',
    name: '',
    entityType: 'company',
    legalForm: '',
    registration: 'belgian',
    enterpriseNumber: '',
    foreignRegistration: { number: '', country: '' },
    registeredOffice: emptyAddress(),
    hasMainPlaceOfBusiness: false,
    mainPlaceOfBusiness: emptyAddress(),
    administrators: [],
    representationPowers: '',
    publicationReferences: '',
    mandataries: [],
    beneficialOwners: [],
    seniorManagingOfficials: [],
    hasIntroducer: false,
    introducer: { name: '', type: '', country: 'BE' },
    notes: '',
  };
}

const mandatariesOf = (list: TMandataryDraft[]) =>
  list.map((m) => ({
    contactId: m.contactId,
    power: m.power,
    ...(m.capacity ? { capacity: m.capacity } : {}),
  }));

const owners = (list: TOwnerDraft[]) =>
  list.map((o) => ({
    contactId: o.contactId,
    ...(o.ownershipPct === '' ? {} : { ownershipPct: o.ownershipPct }),
    controls: o.controls as never[],
  }));

/**
 * Whether the draft is saved as filled in from the KBO: the number filled in is still the one typed. The
 * server then reads the extract again and keeps it as the version's dated source.
 */
export function isKboFilled(draft: TContactDraft): boolean {
  if (draft.kind !== 'entity' || !draft.kboFilledFrom || draft.registration !== 'belgian') return false;
  const parsed = parseEnterpriseNumber(draft.enterpriseNumber);
  return parsed.ok && parsed.value === draft.kboFilledFrom;
}

/** The API body for a draft: optional parts the user switched off are left out. */
export function draftToInput(draft: TContactDraft): TContactInput {
  if (draft.kind === 'person') {
    const { beneficialOwners, nationalNumber, pep, mandataries, ...rest } = draft;
    const { issueDate, ...idDocument } = rest.idDocument;
    return {
      ...rest,
      ...pepInput(pep),
      mandataries: mandatariesOf(mandataries),
      idDocument: { ...idDocument, type: idDocument.type as never, ...(issueDate ? { issueDate } : {}) },
      identificationMode: rest.identificationMode as never,
      ...(nationalNumber.trim() ? { nationalNumber } : {}),
      beneficialOwners: draft.actsForOwnAccount ? [] : owners(beneficialOwners),
    };
  }
  const {
    registration,
    enterpriseNumber,
    foreignRegistration,
    hasMainPlaceOfBusiness,
    mainPlaceOfBusiness,
    hasIntroducer,
    introducer,
    mandataries,
    beneficialOwners,
    seniorManagingOfficials,
    kboFilledFrom: _kboFilledFrom,
    ...rest
  } = draft;
  return {
    ...rest,
    entityType: rest.entityType as never,
    ...(registration === 'belgian' && enterpriseNumber.trim() ? { enterpriseNumber } : {}),
    ...(registration === 'foreign' ? { foreignRegistration } : {}),
    ...(hasMainPlaceOfBusiness ? { mainPlaceOfBusiness } : {}),
    ...(hasIntroducer ? { introducer } : {}),
    mandataries: mandatariesOf(mandataries),
    beneficialOwners: owners(beneficialOwners),
    seniorManagingOfficials: seniorManagingOfficials.map((s) => ({ contactId: s.contactId })),
  };
}

type TLinked = TContactDetail['linkedContacts'];

function link(linked: TLinked, contactId: string): TLinkDraft {
  const found = linked.find((l) => l.id === contactId);
  return { contactId, displayName: found?.displayName ?? contactId, kind: found?.kind ?? 'person' };
}

/** The draft to edit a saved version, with the names of the contacts it links to. */
export function dataToDraft(data: TContactData, linked: TLinked): TContactDraft {
  const toOwner = (o: TContactData['beneficialOwners'][number]): TOwnerDraft => ({
    ...link(linked, o.contactId),
    ownershipPct: o.ownershipPct ?? '',
    controls: [...o.controls],
  });
  if (data.kind === 'person') {
    return {
      ...emptyPerson(),
      ...data,
      nationalNumber: data.nationalNumber ?? '',
      idDocument: { ...data.idDocument, issueDate: data.idDocument.issueDate ?? '' },
      beneficialOwners: data.beneficialOwners.map(toOwner),
      pep: { ...emptyPep(), ...(data.pep ?? {}) },
      mandataries: (data.mandataries ?? []).map((m) => ({ ...link(linked, m.contactId), ...m })),
    };
  }
  const empty = emptyEntity();
  return {
    ...empty,
    ...data,
    registration: data.enterpriseNumber ? 'belgian' : data.foreignRegistration ? 'foreign' : 'none',
    enterpriseNumber: data.enterpriseNumber ?? '',
    foreignRegistration: data.foreignRegistration ?? empty.foreignRegistration,
    hasMainPlaceOfBusiness: Boolean(data.mainPlaceOfBusiness),
    mainPlaceOfBusiness: data.mainPlaceOfBusiness ?? empty.mainPlaceOfBusiness,
    hasIntroducer: Boolean(data.introducer),
    introducer: data.introducer ? { ...data.introducer } : empty.introducer,
    mandataries: data.mandataries.map((m) => ({ ...link(linked, m.contactId), ...m })),
    beneficialOwners: data.beneficialOwners.map(toOwner),
    seniorManagingOfficials: data.seniorManagingOfficials.map((s) => link(linked, s.contactId)),
  };
}
