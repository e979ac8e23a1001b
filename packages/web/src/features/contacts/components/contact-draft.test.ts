import { ZContactData } from '@vigilo/domain/contracts/contacts.ts';
import { describe, expect, it } from 'vitest';
import { dataToDraft, draftToInput, emptyEntity, emptyPerson, type TEntityDraft } from './contact-draft.ts';

const owner = '11111111-1111-4111-8111-111111111111';
const holding = '22222222-2222-4222-8222-222222222222';

describe('contact draft', () => {
  it('sends a person acting for their own account without beneficial owners or an empty national number', () => {
    const input = draftToInput({
      ...emptyPerson(),
      lastName: 'Dupont',
      beneficialOwners: [
        { contactId: owner, displayName: 'X', kind: 'person', ownershipPct: '', controls: [] },
      ],
    });
    expect(input).toMatchObject({ kind: 'person', lastName: 'Dupont', beneficialOwners: [] });
    expect(input).not.toHaveProperty('nationalNumber');
  });

  it("sends an identity document's issue date only when one is typed, and reads it back for editing", () => {
    const doc = {
      type: 'passport',
      number: 'EM123',
      issueDate: '',
      expiryDate: '2031-01-01',
      issuingCountry: 'BE',
    };
    const without = draftToInput({ ...emptyPerson(), idDocument: doc });
    expect(without.kind === 'person' && without.idDocument).not.toHaveProperty('issueDate');
    const withDate = draftToInput({ ...emptyPerson(), idDocument: { ...doc, issueDate: '2021-01-02' } });
    expect(withDate.kind === 'person' && withDate.idDocument.issueDate).toBe('2021-01-02');
    const { issueDate: _none, ...recorded } = doc;
    const saved = ZContactData.parse({
      ...draftToInput(emptyPerson()),
      lastName: 'Dupont',
      firstNames: 'Éloïse',
      birthDate: '1990-01-01',
      birthPlace: 'Liège',
      nationalities: ['BE'],
      address: { street: 'Rue 1', postalCode: '4000', city: 'Liège', country: 'BE' },
      identificationMode: 'face_to_face',
      idDocument: recorded,
    });
    const back = dataToDraft(saved, []);
    expect(back.kind === 'person' && back.idDocument.issueDate).toBe('');
  });

  it('leaves out the parts of an entity that were switched off', () => {
    const draft: TEntityDraft = {
      ...emptyEntity(),
      registration: 'foreign',
      enterpriseNumber: '0403.170.701',
      foreignRegistration: { number: 'B 1', country: 'LU' },
      mainPlaceOfBusiness: { street: 'x', postalCode: '1', city: 'y', country: 'BE' },
      introducer: { name: 'Banque', type: 'credit institution', country: 'BE' },
    };
    const input = draftToInput(draft);
    expect(input).toMatchObject({ foreignRegistration: { number: 'B 1', country: 'LU' } });
    expect(input).not.toHaveProperty('enterpriseNumber');
    expect(input).not.toHaveProperty('mainPlaceOfBusiness');
    expect(input).not.toHaveProperty('introducer');
  });

  it('keeps a share only when one is given, and round-trips a saved version with the linked names', () => {
    const draft: TEntityDraft = {
      ...emptyEntity(),
      name: 'Immo',
      enterpriseNumber: '0403.170.701',
      registeredOffice: { street: 'Rue 1', postalCode: '4000', city: 'Liège', country: 'BE' },
      beneficialOwners: [
        { contactId: owner, displayName: 'DUPONT Éloïse', kind: 'person', ownershipPct: 40, controls: [] },
        {
          contactId: holding,
          displayName: 'Holding',
          kind: 'entity',
          ownershipPct: '',
          controls: ['de-facto-control'],
        },
      ],
    };
    const saved = ZContactData.parse(draftToInput(draft));
    expect(saved.kind === 'entity' && saved.beneficialOwners).toEqual([
      { contactId: owner, ownershipPct: 40, controls: [] },
      { contactId: holding, controls: ['de-facto-control'] },
    ]);
    const back = dataToDraft(saved, [
      { id: owner, displayName: 'DUPONT Éloïse', kind: 'person' },
      { id: holding, displayName: 'Holding', kind: 'entity' },
    ]);
    expect(back).toMatchObject({
      registration: 'belgian',
      hasIntroducer: false,
      hasMainPlaceOfBusiness: false,
    });
    expect(JSON.stringify(draftToInput(back))).toBe(JSON.stringify(draftToInput(draft)));
  });
});
