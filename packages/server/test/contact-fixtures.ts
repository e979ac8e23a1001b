/** Valid contact payloads for tests, overridable field by field. */
export function personInput(over: Record<string, unknown> = {}) {
  return {
    kind: 'person',
    lastName: 'Van den Broeck',
    firstNames: 'Élodie',
    birthDate: '1985-07-30',
    birthPlace: 'Gent',
    nationalities: ['BE'],
    address: { street: 'Kouter 1', postalCode: '9000', city: 'Gent', country: 'BE' },
    idDocument: {
      type: 'belgian_eid',
      number: '592-1234567-89',
      expiryDate: '2031-01-01',
      issuingCountry: 'BE',
    },
    identificationMode: 'face_to_face',
    profession: 'Architecte',
    ...over,
  };
}

export function entityInput(over: Record<string, unknown> = {}) {
  return {
    kind: 'entity',
    name: 'Société Générale Immobilière',
    entityType: 'company',
    legalForm: 'SA',
    enterpriseNumber: '0403.170.701',
    registeredOffice: { street: 'Rue Neuve 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    ...over,
  };
}
