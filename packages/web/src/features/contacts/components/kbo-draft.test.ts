import type { TKboEnterprise } from '@vigilo/domain/contracts/kbo.ts';
import { describe, expect, it } from 'vitest';
import { draftToInput, emptyEntity, isKboFilled } from './contact-draft.ts';
import { applyKbo } from './kbo-draft.ts';

const durler: TKboEnterprise = {
  enterpriseNumber: '0220815847',
  name: 'Kirchenfabrik Sankt-Matthias in Dürler (WL - Burg-Reuland)',
  denominations: [],
  juridicalForm: { code: '124', label: 'Etablissement public' },
  status: { code: 'AC', label: 'Actif' },
  juridicalSituation: { code: '000', label: 'Situation normale' },
  startDate: '1980-01-01',
  address: {
    street: 'Wallhäuser Straße, Dürler',
    houseNumber: '31',
    box: null,
    postalCode: '4790',
    municipality: 'Burg-Reuland',
    country: null,
  },
  activities: [],
  riskFacts: [],
  proposedFactor: null,
  source: { extractNumber: '137', snapshotDate: '2025-06-30', importedAt: null },
};

describe('applyKbo', () => {
  it('fills the name, legal form and registered office, and keeps what the KBO leaves empty', () => {
    const draft = { ...emptyEntity(), enterpriseNumber: '0220.815.847', entityType: 'company' };
    const filled = applyKbo(draft, durler);
    expect(filled).toMatchObject({
      name: durler.name,
      legalForm: 'Etablissement public',
      enterpriseNumber: '0220.815.847',
      entityType: 'company',
      registeredOffice: {
        street: 'Wallhäuser Straße, Dürler 31',
        postalCode: '4790',
        city: 'Burg-Reuland',
        country: 'BE',
      },
    });
    const unlabelled = applyKbo(
      { ...draft, legalForm: 'ASBL' },
      { ...durler, juridicalForm: { code: '416', label: null } },
    );
    expect(unlabelled.legalForm).toBe('ASBL');
  });
});

describe('isKboFilled', () => {
  it('saves the KBO source only while the number filled in is still the one typed', () => {
    const filled = applyKbo({ ...emptyEntity(), enterpriseNumber: 'BE 0220 815 847' }, durler);
    expect(filled.kboFilledFrom).toBe('0220815847');
    expect(isKboFilled(filled)).toBe(true);
    expect(draftToInput(filled)).not.toHaveProperty('kboFilledFrom');
    expect(isKboFilled({ ...filled, enterpriseNumber: '0200.065.765' })).toBe(false);
    expect(isKboFilled({ ...filled, registration: 'foreign' })).toBe(false);
    expect(isKboFilled({ ...emptyEntity(), enterpriseNumber: '0220815847' })).toBe(false);
  });
});
