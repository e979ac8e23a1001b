import { describe, expect, it } from 'vitest';
import { type TContactData, ZContactData } from '../contracts/contacts.ts';
import { composeNationalNumber } from '../identifiers/national-number.ts';
import { diffContactData } from './contact-diff.ts';
import { checkContactData, contactFlags } from './contact-rules.ts';
import { summarise } from './contact-summary.ts';
import { foldText, searchTerms } from './fold-text.ts';

const person = (over: Record<string, unknown> = {}): TContactData =>
  ZContactData.parse({
    kind: 'person',
    lastName: 'Van den Broeck',
    firstNames: 'Élodie Marie',
    birthDate: '1985-07-30',
    birthPlace: 'Gent',
    nationalities: ['BE'],
    address: { street: 'Kouter 1', postalCode: '9000', city: 'Gent', country: 'BE' },
    idDocument: {
      type: 'belgian_eid',
      number: '592-1234567-89',
      expiryDate: '2030-01-01',
      issuingCountry: 'BE',
    },
    identificationMode: 'face_to_face',
    ...over,
  });

const entity = (over: Record<string, unknown> = {}): TContactData =>
  ZContactData.parse({
    kind: 'entity',
    name: 'Société Générale Immobilière',
    entityType: 'company',
    legalForm: 'SA',
    enterpriseNumber: '0403.170.701',
    registeredOffice: { street: 'Rue Neuve 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
    ...over,
  });

describe('foldText / searchTerms', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldText("Élodie D'Hondt-Müller")).toBe('elodie d hondt muller');
    expect(searchTerms('  GÉNÉ  immo ')).toEqual(['gene', 'immo']);
  });
});

describe('summarise', () => {
  it('indexes names, the enterprise number in both forms and the city, folded', () => {
    const s = summarise(entity());
    expect(s.searchText).toContain('societe generale immobiliere');
    expect(s.searchText).toContain('0403170701');
    expect(s.searchText).toContain('0403.170.701');
    expect(s.searchText).toContain('bruxelles');
    expect(summarise(person()).displayName).toBe('VAN DEN BROECK Élodie Marie');
  });
});

describe('checkContactData', () => {
  it('refuses a national number and a birth date in the future (a 2030 birth is not a 1930 one)', () => {
    const nationalNumber = composeNationalNumber({
      birthDate: { year: 2030, month: 1, day: 15 },
      counter: 33,
    });
    const future = person({ nationalNumber, birthDate: '2030-01-15' });
    expect(checkContactData(future, undefined, '2026-12-01')).toMatchObject({
      ok: false,
      errors: [
        { field: 'nationalNumber', code: 'national_number_future_birth' },
        { field: 'birthDate', code: 'birth_date_future' },
      ],
    });
    expect(checkContactData(future, undefined, '2030-01-15').ok).toBe(true);
  });
  it("refuses an identity document's issue date in the future or after its expiry, accepts one left out", () => {
    const doc = (issueDate?: string) => ({
      idDocument: {
        type: 'belgian_eid',
        number: '592-1234567-89',
        expiryDate: '2030-01-01',
        issuingCountry: 'BE',
        ...(issueDate ? { issueDate } : {}),
      },
    });
    expect(checkContactData(person(doc('2027-03-01')), undefined, '2026-12-01')).toEqual({
      ok: false,
      errors: [{ field: 'idDocument.issueDate', code: 'issue_date_future' }],
    });
    expect(checkContactData(person(doc('2031-01-01')))).toEqual({
      ok: false,
      errors: [{ field: 'idDocument.issueDate', code: 'issue_date_after_expiry' }],
    });
    const issued = checkContactData(person(doc('2020-01-02')), undefined, '2026-12-01');
    expect(issued.ok && issued.value.kind === 'person' && issued.value.idDocument.issueDate).toBe(
      '2020-01-02',
    );
    expect(checkContactData(person(doc()), undefined, '2026-12-01').ok).toBe(true);
  });
  it('accepts a valid national number matching the birth date, normalised to digits', () => {
    const res = checkContactData(person({ nationalNumber: '85.07.30-033.28' }));
    expect(res.ok && res.value.kind === 'person' && res.value.nationalNumber).toBe('85073003328');
  });
  it('refuses a wrong check digit and a number that contradicts the birth date', () => {
    expect(checkContactData(person({ nationalNumber: '85073003329' }))).toMatchObject({
      ok: false,
      errors: [{ field: 'nationalNumber', code: 'national_number' }],
    });
    expect(
      checkContactData(person({ nationalNumber: '85073003328', birthDate: '1985-07-31' })),
    ).toMatchObject({
      ok: false,
      errors: [{ code: 'national_number_birth_date' }],
    });
  });
  it('needs a beneficial owner when the person does not act for their own account', () => {
    expect(checkContactData(person({ actsForOwnAccount: false }))).toMatchObject({
      ok: false,
      errors: [{ field: 'beneficialOwners', code: 'beneficial_owner_required' }],
    });
  });
  it('validates the enterprise number and requires a registration for companies', () => {
    expect(checkContactData(entity({ enterpriseNumber: '0403.170.702' }))).toMatchObject({ ok: false });
    expect(checkContactData(entity({ enterpriseNumber: undefined }))).toMatchObject({
      ok: false,
      errors: [{ code: 'registration_required' }],
    });
    expect(
      checkContactData(entity({ enterpriseNumber: undefined, entityType: 'company_in_formation' })).ok,
    ).toBe(true);
    expect(
      checkContactData(
        entity({ enterpriseNumber: undefined, foreignRegistration: { number: 'HRB 1', country: 'DE' } }),
      ).ok,
    ).toBe(true);
  });
  it('refuses a link to the contact itself', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const res = checkContactData(entity({ beneficialOwners: [{ contactId: id, ownershipPct: 50 }] }), id);
    expect(res).toMatchObject({ ok: false, errors: [{ code: 'self_link' }] });
  });
});

describe('contactFlags', () => {
  it('flags an expired identity document and a missing proof of address', () => {
    const data = person({
      idDocument: { type: 'passport', number: 'X1', expiryDate: '2020-01-01', issuingCountry: 'FR' },
      needsProofOfAddress: true,
    });
    expect(contactFlags(data, '2026-11-22', [])).toEqual(['id_document_expired', 'proof_of_address_missing']);
    expect(contactFlags(data, '2026-11-22', ['proof_of_address'])).toEqual(['id_document_expired']);
  });
  it('flags missing mandataries and beneficial owners unless an introducer identified the client', () => {
    expect(contactFlags(entity(), '2026-11-22', [])).toEqual([
      'mandataries_missing',
      'beneficial_owners_missing',
    ]);
    expect(
      contactFlags(
        entity({ introducer: { name: 'Banque X', type: 'credit institution', country: 'BE' } }),
        '2026-11-22',
        [],
      ),
    ).toEqual(['introducer_recorded']);
  });
});

describe('diffContactData', () => {
  it('lists changed paths with before and after', () => {
    const before = person();
    const after = person({
      address: { street: 'Veldstraat 2', postalCode: '9000', city: 'Gent', country: 'BE' },
      profession: 'Notaris',
    });
    expect(diffContactData(before, after)).toEqual([
      { path: 'address.street', before: 'Kouter 1', after: 'Veldstraat 2' },
      { path: 'profession', before: '', after: 'Notaris' },
    ]);
    expect(diffContactData(before, person())).toEqual([]);
  });
});
