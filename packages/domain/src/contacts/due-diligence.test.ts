import { describe, expect, it } from 'vitest';
import { type TContactData, ZContactData } from '../contracts/contacts.ts';
import { findAcceptanceBlockers } from '../risk/acceptance-blockers.ts';
import { checkContactData, linkedContactIds } from './contact-rules.ts';
import {
  compareWithUboRegister,
  MANDATORY_IDENTIFICATION_FIELDS,
  missingIdentificationData,
  samePerson,
  unverifiedBeneficialOwners,
} from './due-diligence.ts';

const OWNER = '7f1c0c39-3f33-4d2b-9a57-0c7c2a1e0001';
const OTHER = '7f1c0c39-3f33-4d2b-9a57-0c7c2a1e0002';
const ATTORNEY = '7f1c0c39-3f33-4d2b-9a57-0c7c2a1e0003';

const person = (over: Record<string, unknown> = {}) =>
  ZContactData.parse({
    kind: 'person',
    lastName: 'Peeters',
    firstNames: 'Jan',
    birthDate: '1980-02-01',
    birthPlace: 'Leuven',
    nationalities: ['BE'],
    address: { street: 'Naamsestraat 1', postalCode: '3000', city: 'Leuven', country: 'BE' },
    idDocument: {
      type: 'belgian_eid',
      number: '591-0000000-01',
      expiryDate: '2030-01-01',
      issuingCountry: 'BE',
    },
    identificationMode: 'face_to_face',
    ...over,
  });

const entity = (over: Record<string, unknown> = {}) =>
  ZContactData.parse({
    kind: 'entity',
    name: 'Immo Leuven',
    entityType: 'company',
    legalForm: 'SRL',
    enterpriseNumber: '0403.170.701',
    registeredOffice: { street: 'Bondgenotenlaan 1', postalCode: '3000', city: 'Leuven', country: 'BE' },
    administrators: ['Jan Peeters'],
    ...over,
  });

/** The hard stops due diligence alone raises (issue 14, item 4). */
const blockersOf = (data: TContactData, verified: string[], required: string[]) =>
  findAcceptanceBlockers({
    screeningHits: [],
    dueDiligence: {
      missingData: missingIdentificationData(data),
      unverifiedBeneficialOwners: unverifiedBeneficialOwners(required, verified),
    },
  });

describe('mandatory identification data (loi art. 26)', () => {
  it('a complete person or company lacks nothing and is not blocked', () => {
    expect(missingIdentificationData(person())).toEqual([]);
    expect(missingIdentificationData(entity())).toEqual([]);
    expect(blockersOf(person(), [], [])).toEqual([]);
  });

  it('names each blank field of a person, in the order of the mandatory set', () => {
    // A version stored before a field was required, or with blanks: the schema is not the only guard.
    const blank = {
      ...person(),
      lastName: ' ',
      birthPlace: '',
      address: { street: '', postalCode: '3000', city: 'Leuven', country: 'BE' },
      idDocument: { type: 'passport', number: '', expiryDate: '2030-01-01', issuingCountry: 'BE' },
    } as TContactData;
    expect(missingIdentificationData(blank)).toEqual([
      'lastName',
      'birthPlace',
      'address',
      'idDocument.number',
    ]);
    expect(blockersOf(blank, [], [])).toEqual(['identification-data-missing']);
  });

  it('a company needs its legal form, registration and directors', () => {
    const bare = {
      ...entity(),
      legalForm: '',
      enterpriseNumber: undefined,
      administrators: [],
    } as TContactData;
    expect(missingIdentificationData(bare)).toEqual(['legalForm', 'registration', 'administrators']);
    const foreign = entity({
      enterpriseNumber: undefined,
      foreignRegistration: { number: 'B 123', country: 'LU' },
    });
    expect(missingIdentificationData(foreign)).toEqual([]);
  });

  it.each([
    ['company', ['legalForm', 'administrators']],
    ['non_profit', ['legalForm', 'administrators']],
    ['trust', ['administrators']],
    ['de_facto_association', []],
    ['company_in_formation', []],
  ] as const)('a %s without legal form and directors lacks %j', (entityType, expected) => {
    const data = entity({ entityType, legalForm: '', administrators: [] });
    expect(missingIdentificationData(data)).toEqual(expected);
  });

  it('every code it returns belongs to the declared mandatory set', () => {
    const all = [
      ...MANDATORY_IDENTIFICATION_FIELDS.person,
      ...MANDATORY_IDENTIFICATION_FIELDS.entity,
    ] as string[];
    const empty = { kind: 'person', idDocument: {} } as unknown as TContactData;
    for (const code of missingIdentificationData(empty)) expect(all).toContain(code);
    expect(missingIdentificationData(empty)).toEqual([...MANDATORY_IDENTIFICATION_FIELDS.person]);
  });
});

describe('beneficial owners recorded but not verified (loi art. 24, 33)', () => {
  it('every subset of verified owners: blocked until all are verified', () => {
    const required = [OWNER, OTHER];
    for (const verified of [[], [OWNER], [OTHER], [OWNER, OTHER]]) {
      const unverified = unverifiedBeneficialOwners(required, verified);
      expect(unverified).toEqual(required.filter((id) => !verified.includes(id)));
      expect(blockersOf(entity(), verified, required)).toEqual(
        unverified.length ? ['beneficial-owners-unverified'] : [],
      );
    }
  });

  it('a verification of someone who is not a required owner verifies nobody', () => {
    expect(unverifiedBeneficialOwners([OWNER], [OTHER])).toEqual([OWNER]);
    expect(unverifiedBeneficialOwners([OWNER, OWNER], [])).toEqual([OWNER]);
  });

  it('missing data and unverified owners are both named', () => {
    const bare = { ...entity(), administrators: [] } as TContactData;
    expect(blockersOf(bare, [], [OWNER])).toEqual([
      'identification-data-missing',
      'beneficial-owners-unverified',
    ]);
  });
});

describe('UBO register comparison', () => {
  it('matches names whatever the accents, case and order, and birth dates when both are known', () => {
    expect(samePerson({ name: 'Élodie Van den Broeck' }, { name: 'VAN DEN BROECK Elodie' })).toBe(true);
    expect(
      samePerson({ name: 'Jan Peeters', birthDate: '1980-02-01' }, { name: 'Peeters Jan', birthDate: null }),
    ).toBe(true);
    expect(
      samePerson(
        { name: 'Jan Peeters', birthDate: '1980-02-01' },
        { name: 'Jan Peeters', birthDate: '1981-02-01' },
      ),
    ).toBe(false);
    expect(samePerson({ name: 'Jan Peeters' }, { name: 'Jan Peeters-Smet' })).toBe(false);
    expect(samePerson({ name: ' ' }, { name: ' ' })).toBe(false);
  });

  it('shows who is only recorded and who is only in the register', () => {
    const recorded = [
      { contactId: OWNER, name: 'Jan Peeters', birthDate: '1980-02-01' },
      { contactId: OTHER, name: 'An Janssens', birthDate: '1975-05-05' },
    ];
    const result = compareWithUboRegister(recorded, [
      { name: 'Peeters Jan', birthDate: '1980-02-01' },
      { name: 'Marc Dubois', birthDate: null },
    ]);
    expect(result.matched.map((m) => m.recorded.contactId)).toEqual([OWNER]);
    expect(result.onlyRecorded.map((o) => o.contactId)).toEqual([OTHER]);
    expect(result.onlyInRegister).toEqual([{ name: 'Marc Dubois', birthDate: null }]);
    expect(result.differs).toBe(true);
  });

  it('the same owners on both sides is no discrepancy; a listed person matches one owner only', () => {
    const same = compareWithUboRegister([{ name: 'Jan Peeters' }], [{ name: 'Jan Peeters' }]);
    expect(same.differs).toBe(false);
    const twice = compareWithUboRegister(
      [{ name: 'Jan Peeters' }, { name: 'Jan Peeters' }],
      [{ name: 'Jan Peeters' }],
    );
    expect(twice.onlyRecorded).toHaveLength(1);
    expect(compareWithUboRegister([], []).differs).toBe(false);
  });
});

describe('mandataries of natural persons (issue 14, item 5)', () => {
  it('are linked (so screened and checked as persons) like those of an entity', () => {
    const data = person({
      mandataries: [{ contactId: ATTORNEY, power: 'Procuration', capacity: 'power_of_attorney' }],
    });
    expect(linkedContactIds(data)).toEqual({ all: [ATTORNEY], personsOnly: [ATTORNEY] });
    const both = person({
      actsForOwnAccount: false,
      beneficialOwners: [{ contactId: OWNER }],
      mandataries: [{ contactId: OWNER, capacity: 'legal_representative' }],
    });
    expect(linkedContactIds(both).all).toEqual([OWNER]);
  });

  it('a person cannot be their own mandatary; a version without mandataries still reads', () => {
    const data = person({ mandataries: [{ contactId: OWNER }] });
    expect(checkContactData(data, OWNER)).toEqual({
      ok: false,
      errors: [{ field: 'mandataries', code: 'self_link' }],
    });
    expect(linkedContactIds(person()).all).toEqual([]);
  });
});
