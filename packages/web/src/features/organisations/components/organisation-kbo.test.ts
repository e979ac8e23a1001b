import type { TKboEnterprise } from '@vigilo/domain/contracts/kbo.ts';
import { describe, expect, it } from 'vitest';
import { emptyOrganisationFields } from './organisation-fields.tsx';
import { applyKboToOrganisation } from './organisation-kbo.ts';

const inBw: TKboEnterprise = {
  enterpriseNumber: '0200362210',
  name: 'in BW Association Intercommunale',
  denominations: [],
  juridicalForm: { code: '706', label: null },
  status: { code: 'AC', label: 'Actif' },
  juridicalSituation: { code: '000', label: 'Situation normale' },
  startDate: '1968-02-26',
  address: {
    street: 'Rue de la Religion',
    houseNumber: '10',
    box: null,
    postalCode: '1400',
    municipality: 'Nivelles',
    country: null,
  },
  activities: [],
  riskFacts: [],
  proposedFactor: null,
  source: { extractNumber: '136', snapshotDate: '2025-05-30', importedAt: null },
};

describe('applyKboToOrganisation', () => {
  it("fills the agency's name and registered office in, and keeps what the KBO leaves empty or does not know", () => {
    const typed = { ...emptyOrganisationFields, legalForm: 'SCRL', email: 'info@inbw.be', country: 'FR' };
    expect(applyKboToOrganisation(typed, inBw)).toEqual({
      ...typed,
      name: 'in BW Association Intercommunale',
      legalForm: 'SCRL',
      street: 'Rue de la Religion 10',
      postalCode: '1400',
      city: 'Nivelles',
      country: 'BE',
    });
    expect(applyKboToOrganisation(typed, { ...inBw, address: null })).toEqual({
      ...typed,
      name: 'in BW Association Intercommunale',
    });
  });
});
