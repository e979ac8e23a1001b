import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCEPTANCE_POLICY, policyWeightOf, ZAcceptancePolicy } from './acceptance-policy.ts';

const valid = { ...DEFAULT_ACCEPTANCE_POLICY };
const messages = (input: unknown) => {
  const result = ZAcceptancePolicy.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('client acceptance policy', () => {
  it('has a valid default derived from the regulation', () => {
    expect(ZAcceptancePolicy.safeParse(DEFAULT_ACCEPTANCE_POLICY).success).toBe(true);
    expect(DEFAULT_ACCEPTANCE_POLICY).toMatchObject({
      riskScale: { heightenedFromScore: 8 },
      reviewPeriodMonths: { normal: 24, heightened: 12 },
    });
  });

  it('records the legal version it was written for; older saved policies were written under the 2017 law', () => {
    expect(DEFAULT_ACCEPTANCE_POLICY.legalVersion).toBe('be-2017');
    const { legalVersion: _omitted, ...saved } = DEFAULT_ACCEPTANCE_POLICY;
    expect(ZAcceptancePolicy.parse(saved).legalVersion).toBe('be-2017');
    expect(ZAcceptancePolicy.parse({ ...saved, legalVersion: 'eu-amlr-2027' }).legalVersion).toBe(
      'eu-amlr-2027',
    );
    expect(messages({ ...saved, legalVersion: 'aml-2013' })).toHaveLength(1);
  });

  it('refuses review periods beyond the two-year re-verification (art. 16 §2)', () => {
    expect(messages({ ...valid, reviewPeriodMonths: { normal: 36, heightened: 12 } })).toHaveLength(1);
    expect(messages({ ...valid, reviewPeriodMonths: { normal: 12, heightened: 18 } })).toEqual([
      'reviewPeriodMonths.heightened:longer-than-normal',
    ]);
  });

  it('refuses disabling a legally forced factor, but lets others be disabled', () => {
    expect(messages({ ...valid, factors: { 'cash-payment': { enabled: false, weight: 0 } } })).toEqual([
      'factors.cash-payment:legal-minimum-factor',
    ]);
    expect(messages({ ...valid, factors: { 'non-resident': { enabled: false, weight: 0 } } })).toEqual([]);
    expect(messages({ ...valid, factors: { 'no-such-factor': { enabled: true, weight: 1 } } }).length).toBe(
      1,
    );
  });

  it('refuses duplicate or badly named agency criteria', () => {
    const criterion = {
      code: 'luxury',
      label: { fr: 'a', nl: 'b', en: 'c' },
      weight: 2,
      appliesTo: ['transaction'],
    };
    expect(messages({ ...valid, agencyCriteria: [criterion, criterion] })).toEqual([
      'agencyCriteria:duplicate-code',
    ]);
    expect(messages({ ...valid, agencyCriteria: [{ ...criterion, code: 'Luxury Segment' }] })).toHaveLength(
      1,
    );
    expect(messages({ ...valid, agencyCriteria: [{ ...criterion, appliesTo: [] }] })).toHaveLength(1);
  });

  it('gives the weight a policy uses for a factor', () => {
    const policy = ZAcceptancePolicy.parse({
      ...valid,
      factors: { 'non-resident': { enabled: false, weight: 5 }, pep: { enabled: true, weight: 1 } },
    });
    expect(policyWeightOf(policy, 'non-resident')).toBeNull();
    expect(policyWeightOf(policy, 'pep')).toBe(1);
    expect(policyWeightOf(policy, 'quick-resale')).toBe(6);
  });
});
