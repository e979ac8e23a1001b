import { describe, expect, it } from 'vitest';
import type { TPolicyResponse } from '../api/policy.ts';
import { draftToPolicy, policyToDraft } from './policy-draft.ts';

const response: TPolicyResponse = {
  version: 3,
  isDefault: false,
  updatedAt: null,
  updatedByName: null,
  policy: {
    factors: { 'former-pep': { enabled: false, weight: 4 } },
    riskScale: { heightenedFromScore: 7 },
    priceDeviationBasisPoints: 1500,
    quickResaleMarkupBasisPoints: 3000,
    reviewPeriodMonths: { normal: 24, heightened: 6 },
    agencyCriteria: [],
  },
  factorCatalog: [
    { code: 'pep', article: 'a', defaultWeight: 10, forcesHeightened: true, reasonKey: 'r' },
    { code: 'former-pep', article: 'b', defaultWeight: 4, forcesHeightened: false, reasonKey: 'r' },
  ],
};

describe('policy draft', () => {
  it('lists every catalog factor (default weight unless overridden) and converts percentages to basis points', () => {
    const draft = policyToDraft(response);
    expect(draft.factors).toEqual({
      pep: { enabled: true, weight: 10 },
      'former-pep': { enabled: false, weight: 4 },
    });
    expect(draft.priceDeviationPct).toBe(15);
    expect(draftToPolicy({ ...draft, priceDeviationPct: 12.5 })).toMatchObject({
      riskScale: { heightenedFromScore: 7 },
      priceDeviationBasisPoints: 1250,
      reviewPeriodMonths: { normal: 24, heightened: 6 },
    });
  });
});
