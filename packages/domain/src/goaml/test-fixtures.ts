import type { TEntityData, TPersonData } from '../contracts/contacts.ts';
import type { TGoAmlCaseInput } from './build-report.ts';

/**
 * Realistic cases for goAML tests (domain unit tests and the server's XSD validation tests): a natural
 * person, a company with two beneficial owners and a mandatary, a sale with two buyers.
 */
export function person(over: Partial<TPersonData> = {}): TPersonData {
  return {
    kind: 'person',
    lastName: "D'Hondt",
    firstNames: 'Élodie Marie',
    birthDate: '1985-07-30',
    birthPlace: 'Liège',
    nationalities: ['BE'],
    address: { street: "Rue de l'Église 12", postalCode: '4000', city: 'Liège', country: 'BE' },
    needsProofOfAddress: false,
    idDocument: {
      type: 'belgian_eid',
      number: '592-1234567-89',
      issueDate: '2021-01-04',
      expiryDate: '2031-01-01',
      issuingCountry: 'BE',
    },
    nationalNumber: '85.07.30-033.28',
    identificationMode: 'face_to_face',
    profession: 'Architecte',
    actsForOwnAccount: true,
    beneficialOwners: [],
    notes: '',
    ...over,
  };
}

export function company(over: Partial<TEntityData> = {}): TEntityData {
  return {
    kind: 'entity',
    name: 'Immobilière Sœurs & Fils SRL',
    entityType: 'company',
    legalForm: 'SRL',
    enterpriseNumber: '0403.170.701',
    registeredOffice: { street: 'Rue Neuve 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    administrators: [],
    representationPowers: 'Deux administrateurs conjointement',
    publicationReferences: '',
    mandataries: [{ contactId: 'mandatary', power: 'Procuration du 3 mars 2025' }],
    beneficialOwners: [
      { contactId: 'ubo-1', ownershipPct: 60, controls: [] },
      { contactId: 'ubo-2', ownershipPct: 40, controls: ['appoints-directors'] },
    ],
    seniorManagingOfficials: [],
    notes: '',
    ...over,
  };
}

const partyReasons = {
  subject: 'Contact faisant l’objet de la déclaration',
  beneficialOwner: 'Bénéficiaire effectif de {{name}}',
  mandatary: 'Mandataire de {{name}}',
  seniorManagingOfficial: 'Dirigeant principal de {{name}}',
};

function base(): Omit<
  TGoAmlCaseInput,
  'subjectType' | 'contacts' | 'subjectContactIds' | 'transaction' | 'property'
> {
  return {
    caseReference: 'VIGILO-RP-0001',
    fiuRefNumber: null,
    submissionDate: '2025-06-02',
    organisation: {
      reportingEntityId: 4711,
      branch: 'Agence du Sablon',
      address: { street: 'Place du Grand Sablon 5', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    },
    officer: {
      firstName: 'Anne',
      lastName: 'Lambert',
      email: 'anne.lambert@example.be',
      occupation: 'Responsable AML',
    },
    texts: {
      reason: 'Le client annonce un paiement en espèces.',
      action: 'Dossier bloqué dans l’attente de la réponse de la CTIF.',
      transactionDescription: 'Vente d’un appartement',
      transactionDate: '2025-05-28',
      institutionName: '',
    },
    partyReasons,
    factorCodes: ['cash-payment', 'pep'],
  };
}

export function personCase(over: Partial<TPersonData> = {}): TGoAmlCaseInput {
  return {
    ...base(),
    subjectType: 'risk_profile',
    contacts: { p1: { displayName: "D'HONDT Élodie", data: person(over) } },
    subjectContactIds: ['p1'],
    transaction: null,
    property: null,
  };
}

export function companyCase(): TGoAmlCaseInput {
  return {
    ...base(),
    subjectType: 'risk_profile',
    contacts: {
      c1: { displayName: 'Immobilière Sœurs & Fils SRL', data: company() },
      'ubo-1': {
        displayName: 'PETROV Иван',
        data: person({
          lastName: 'Петров',
          firstNames: 'Иван',
          nationalities: ['BG'],
          nationalNumber: undefined,
        }),
      },
      'ubo-2': {
        displayName: 'WANG 伟',
        data: person({
          lastName: '王',
          firstNames: '伟',
          nationalities: ['CN', 'BE'],
          nationalNumber: undefined,
        }),
      },
      mandatary: { displayName: "O'BRIEN Seán", data: person({ lastName: "O'Brien", firstNames: 'Seán' }) },
    },
    subjectContactIds: ['c1'],
    transaction: null,
    property: null,
  };
}

export function saleCase(): TGoAmlCaseInput {
  return {
    ...base(),
    subjectType: 'transaction',
    caseReference: 'VK-2025-014',
    contacts: {
      b1: {
        displayName: 'JANSSENS Jan',
        data: person({ lastName: 'Janssens', firstNames: 'Jan', nationalNumber: undefined }),
      },
      b2: {
        displayName: 'PEETERS Eva',
        data: person({ lastName: 'Peeters', firstNames: 'Eva', nationalNumber: undefined }),
      },
      s1: {
        displayName: 'Immobilière Sœurs & Fils SRL',
        data: company({ mandataries: [], beneficialOwners: [] }),
      },
    },
    subjectContactIds: [],
    transaction: {
      reference: 'VK-2025-014',
      priceCents: 35_000_000,
      propertyAddress: { street: 'Meir 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
      answers: {
        paymentAccountKnown: true,
        paymentAccountIban: 'BE68539007547034',
        paymentAccountHolder: 'buyer',
        cashPayment: true,
        cashAmountCents: 500_000,
      },
      parties: [
        { contactId: 'b1', role: 'buyer' },
        { contactId: 'b2', role: 'buyer' },
        { contactId: 's1', role: 'seller' },
      ],
    },
    property: {
      address: { street: 'Meir 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
      priceCents: 35_000_000,
      description: 'Vente — Meir 1, 2000 Antwerpen',
    },
  };
}
