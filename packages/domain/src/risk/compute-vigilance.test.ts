import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCEPTANCE_POLICY } from './acceptance-policy.ts';
import { computeVigilance, type VigilanceInput } from './compute-vigilance.ts';
import { type ContactFacts, ZContactFacts } from './contact-facts.ts';
import { FACTOR_CATALOG, FACTOR_CODES, type FactorCode } from './factor-catalog.ts';
import type { Answers } from './questionnaire.ts';
import {
  CONTACT_BUYER_QUESTIONNAIRE,
  CONTACT_SELLER_QUESTIONNAIRE,
  RENTAL_TRANSACTION_QUESTIONNAIRE,
  TRANSACTION_QUESTIONNAIRE,
} from './questionnaires/index.ts';
import {
  cleanBuyerAnswers,
  cleanCompany,
  cleanPerson,
  cleanSellerAnswers,
  cleanTransactionAnswers,
  countryRisk,
} from './test-fixtures.ts';

const facts = (overrides: Partial<ContactFacts>): ContactFacts =>
  ZContactFacts.parse({ ...cleanPerson, ...overrides });
const buyer = (answers: Answers = {}, contactFacts: ContactFacts = cleanPerson): VigilanceInput => ({
  questionnaire: CONTACT_BUYER_QUESTIONNAIRE,
  answers: { ...cleanBuyerAnswers, ...answers },
  contactFacts,
  policy: DEFAULT_ACCEPTANCE_POLICY,
  countryRisk,
  on: '2026-12-01',
});
const companyBuyer = (answers: Answers): VigilanceInput =>
  buyer({ actsOnOwnAccount: undefined, ...answers }, cleanCompany);
const seller = (answers: Answers): VigilanceInput => ({
  ...buyer(),
  questionnaire: CONTACT_SELLER_QUESTIONNAIRE,
  answers: { ...cleanSellerAnswers, ...answers },
});
const transaction = (answers: Answers): VigilanceInput => ({
  questionnaire: TRANSACTION_QUESTIONNAIRE,
  answers: { ...cleanTransactionAnswers, ...answers },
  policy: DEFAULT_ACCEPTANCE_POLICY,
  countryRisk,
  on: '2026-12-01',
});
const rental = (answers: Answers): VigilanceInput => ({
  questionnaire: RENTAL_TRANSACTION_QUESTIONNAIRE,
  answers: {
    priceCents: 1_200_000,
    valuationKnown: false,
    rentPaidInAdvance: false,
    cashPayment: false,
    paymentAccountKnown: true,
    paymentAccountIban: 'BE68539007547034',
    paymentAccountHolder: 'tenant',
    fundsFromHighRiskCountry: false,
    tenantProfileInconsistent: false,
    thirdPartyBeneficiary: false,
    unusualCircumstances: false,
    ...answers,
  },
  policy: DEFAULT_ACCEPTANCE_POLICY,
  on: '2026-12-01',
  countryRisk,
});
const pep = { isPep: true, pepRole: 'holder', pepFunction: 'Minister', pepLeftOfficeOver12Months: false };

/** One scenario per catalog factor: input, and where the factor must come from. */
const SCENARIOS: Record<FactorCode, [VigilanceInput, 'answer' | 'contact' | 'screening']> = {
  pep: [buyer(pep), 'answer'],
  'pep-family-or-associate': [buyer({ ...pep, pepRole: 'family-member' }), 'answer'],
  'former-pep': [buyer({ ...pep, pepLeftOfficeOver12Months: true }), 'answer'],
  'high-risk-country': [buyer({}, facts({ nationalities: ['BE', 'IR'] })), 'contact'],
  'increased-monitoring-country': [buyer({}, facts({ relatedPartyCountries: ['NG'] })), 'contact'],
  'remote-identification-copy': [
    buyer({ avoidsDirectContact: false }, facts({ identificationMode: 'remote-copy' })),
    'contact',
  ],
  'remote-identification': [
    buyer({ avoidsDirectContact: false }, facts({ identificationMode: 'remote-qualified-certificate' })),
    'contact',
  ],
  'beneficial-owners-unverified': [buyer({}, facts({ beneficialOwnersVerified: false })), 'contact'],
  'non-resident': [buyer({}, facts({ residenceCountry: 'FR', nationalities: ['FR'] })), 'contact'],
  'identity-document-expired': [buyer({}, facts({ identityDocumentExpired: true })), 'contact'],
  'sanctions-hit': [
    buyer({}, facts({ screeningHits: [{ list: 'un-sanctions', status: 'open' }] })),
    'screening',
  ],
  'pep-screening-hit': [buyer({}, facts({ screeningHits: [{ list: 'pep', status: 'open' }] })), 'screening'],
  'acts-for-third-party': [buyer({ actsOnOwnAccount: false }), 'answer'],
  'socio-economic-disproportion': [buyer({ disproportionWithSituation: true }), 'answer'],
  'price-well-below-value': [seller({ priceWellBelowValue: true }), 'answer'],
  'geographic-distance': [buyer({ geographicDistance: true }), 'answer'],
  'sensitive-sector': [buyer({ sensitiveSector: true, sensitiveSectorKind: 'gambling' }), 'answer'],
  'bearer-shares': [companyBuyer({ entityForm: 'commercial-company', bearerShares: true }), 'answer'],
  'trust-or-arrangement': [companyBuyer({ entityForm: 'de-facto-association' }), 'answer'],
  'company-in-formation': [
    companyBuyer({ entityForm: 'company-in-formation', bearerShares: false }),
    'answer',
  ],
  'non-profit': [companyBuyer({ entityForm: 'foreign-non-profit' }), 'answer'],
  'equity-below-price': [companyBuyer({ entityForm: 'public-body', equityBelowPrice: true }), 'answer'],
  'unusual-characteristics': [
    buyer({ unusualCharacteristics: true, unusualCharacteristicsDetails: 'x' }),
    'answer',
  ],
  'source-of-funds-unknown': [buyer({ sourceOfFunds: ['own-savings', 'unknown'] }), 'answer'],
  'avoids-direct-contact': [
    buyer({ avoidsDirectContact: true }, facts({ identificationMode: 'remote-eid' })),
    'answer',
  ],
  'cash-payment': [transaction({ cashPayment: true, cashAmountCents: 100 }), 'answer'],
  'price-far-from-value': [transaction({ valuationCents: 37_500_001 }), 'answer'],
  'quick-resale': [transaction({ sellerAcquiredRecently: true, previousPriceCents: 23_076_923 }), 'answer'],
  'high-risk-country-funds': [transaction({ fundsFromHighRiskCountry: true, fundsCountry: 'AF' }), 'answer'],
  'early-repaid-mortgage': [transaction({ mortgageEarlyRepaid: true }), 'answer'],
  'buyer-profile-inconsistent': [transaction({ buyerProfileInconsistent: true }), 'answer'],
  'third-party-funds': [transaction({ paymentAccountHolder: 'third-party' }), 'answer'],
  'third-party-beneficiary': [
    transaction({ thirdPartyBeneficiary: true, thirdPartyBeneficiaryDetails: 'x' }),
    'answer',
  ],
  'payment-account-missing': [
    transaction({ paymentAccountKnown: false, financingExplanation: 'x' }),
    'answer',
  ],
  'unusual-transaction': [
    transaction({ unusualCircumstances: true, unusualCircumstancesDetails: 'x' }),
    'answer',
  ],
  'rent-paid-in-advance': [rental({ rentPaidInAdvance: true }), 'answer'],
  'tenant-profile-inconsistent': [rental({ tenantProfileInconsistent: true }), 'answer'],
};

describe('computeVigilance', () => {
  it.each([
    ['buyer', buyer()],
    ['seller', seller({})],
    [
      'company buyer',
      companyBuyer({ entityForm: 'commercial-company', bearerShares: false, equityBelowPrice: false }),
    ],
    ['transaction', transaction({})],
    ['rental', rental({})],
  ])('finds nothing in a clean %s file', (_name, input) => {
    expect(computeVigilance(input)).toMatchObject({ level: 'normal', score: 0, factors: [] });
  });

  /** Factors that necessarily come with a scenario (avoided contact implies remote identification). */
  const INHERENT: Partial<Record<FactorCode, FactorCode[]>> = {
    'avoids-direct-contact': ['remote-identification'],
  };

  it.each(FACTOR_CODES.map((code) => [code]))('detects %s with its article and weight', (code) => {
    const [input, source] = SCENARIOS[code];
    const result = computeVigilance(input);
    const definition = FACTOR_CATALOG[code];
    expect(result.factors.find((factor) => factor.code === code)).toEqual(
      expect.objectContaining({
        code,
        source,
        article: definition.article,
        weight: definition.defaultWeight,
        reasonKey: `risk.factor.${code}.reason`,
        forcesHeightened: definition.forcesHeightened,
      }),
    );
    const others = INHERENT[code] ?? [];
    expect(result.factors.map((factor) => factor.code).sort()).toEqual([code, ...others].sort());
    const score = [code, ...others].reduce((total, c) => total + FACTOR_CATALOG[c].defaultWeight, 0);
    expect(result.score).toBe(score);
    expect(result.level).toBe(definition.forcesHeightened || score >= 8 ? 'heightened' : 'normal');
  });

  it('forces heightened for sanctions, PEP and cash even when the policy weighs them 0', () => {
    const policy = {
      ...DEFAULT_ACCEPTANCE_POLICY,
      factors: {
        'sanctions-hit': { enabled: true, weight: 0 },
        pep: { enabled: true, weight: 0 },
        'cash-payment': { enabled: true, weight: 0 },
      },
    };
    const sanctioned = buyer({}, facts({ screeningHits: [{ list: 'eu-sanctions', status: 'true-match' }] }));
    for (const input of [sanctioned, buyer(pep), transaction({ cashPayment: true })]) {
      expect(computeVigilance({ ...input, policy })).toMatchObject({ level: 'heightened', score: 0 });
    }
  });

  it('never gives normal vigilance to a possible or former PEP (loi art. 41)', () => {
    const weightless = {
      ...DEFAULT_ACCEPTANCE_POLICY,
      factors: {
        'pep-screening-hit': { enabled: true, weight: 0 },
        'former-pep': { enabled: true, weight: 0 },
      },
    };
    const openPepHit = buyer({}, facts({ screeningHits: [{ list: 'pep', status: 'open' }] }));
    const leftOfficeLongAgo = buyer({ ...pep, pepLeftOfficeOver12Months: true });
    for (const input of [openPepHit, leftOfficeLongAgo]) {
      expect(computeVigilance(input).level).toBe('heightened');
      expect(computeVigilance({ ...input, policy: weightless })).toMatchObject({
        level: 'heightened',
        score: 0,
      });
    }
    const dismissed = buyer({}, facts({ screeningHits: [{ list: 'pep', status: 'false-positive' }] }));
    expect(computeVigilance(dismissed).level).toBe('normal');
  });

  it('ignores false-positive screening hits, and a PEP true match counts as PEP', () => {
    const cleared = facts({ screeningHits: [{ list: 'eu-sanctions', status: 'false-positive' }] });
    expect(computeVigilance(buyer({}, cleared)).factors).toEqual([]);
    const pepMatch = facts({ screeningHits: [{ list: 'pep', status: 'true-match' }] });
    expect(computeVigilance(buyer({}, pepMatch)).factors.map((f) => [f.code, f.source])).toEqual([
      ['pep', 'screening'],
    ]);
  });

  it('counts a factor once when several sources report it (screening first)', () => {
    const result = computeVigilance(
      buyer(pep, facts({ pep: 'holder', screeningHits: [{ list: 'pep', status: 'true-match' }] })),
    );
    expect(result.factors.map((f) => [f.code, f.source])).toEqual([['pep', 'screening']]);
  });

  it('adds weights and turns heightened at the policy threshold (8)', () => {
    // remote eID (2) + non-resident (2) + distance (2) = 6: normal.
    const remoteFrench = facts({ identificationMode: 'remote-eid', residenceCountry: 'FR' });
    const six = computeVigilance(
      buyer({ geographicDistance: true, avoidsDirectContact: false }, remoteFrench),
    );
    expect(six).toMatchObject({ level: 'normal', score: 6 });
    // + expired document (3) = 9: heightened.
    const nine = computeVigilance(
      buyer(
        { geographicDistance: true, avoidsDirectContact: false },
        { ...remoteFrench, identityDocumentExpired: true },
      ),
    );
    expect(nine).toMatchObject({ level: 'heightened', score: 9 });
    expect(nine.reviewPeriodMonths).toBe(12);
    expect(six.reviewPeriodMonths).toBe(24);
  });

  it('treats the price deviation and resale markup thresholds at their bounds', () => {
    // price 300,000; valuation 375,000 → 25% of valuation... |Δ| = 75,000 = 20% of 375,000: not more.
    expect(computeVigilance(transaction({ valuationCents: 37_500_000 })).factors).toEqual([]);
    // previous price 230,769.24: 300,000 / 230,769.24 < 1.3 → not a quick resale.
    expect(
      computeVigilance(transaction({ sellerAcquiredRecently: true, previousPriceCents: 23_076_924 })).factors,
    ).toEqual([]);
  });

  it('flags payments from an account in a listed country even when the box is not ticked', () => {
    const result = computeVigilance(transaction({ paymentAccountIban: 'NL91ABNA0417164300' }));
    expect(result.factors).toEqual([]);
    const listed = {
      ...countryRisk,
      fatfIncreasedMonitoring: [...countryRisk.fatfIncreasedMonitoring, 'NL'],
    };
    const flagged = computeVigilance({
      ...transaction({ paymentAccountIban: 'NL91ABNA0417164300' }),
      countryRisk: listed,
    });
    expect(flagged.factors).toEqual([
      expect.objectContaining({ code: 'high-risk-country-funds', questionId: 'paymentAccountIban' }),
    ]);
  });

  it('ignores answers of hidden questions', () => {
    // A stale bearer-shares answer on a natural person does not count.
    expect(computeVigilance(buyer({ bearerShares: true, entityForm: 'commercial-company' })).factors).toEqual(
      [],
    );
  });

  it('applies the policy: disabled factors do not count, weights are reweighed', () => {
    const policy = {
      ...DEFAULT_ACCEPTANCE_POLICY,
      version: 2,
      factors: {
        'geographic-distance': { enabled: false, weight: 2 },
        'sensitive-sector': { enabled: true, weight: 9 },
      },
    };
    const result = computeVigilance({
      ...buyer({ geographicDistance: true, sensitiveSector: true, sensitiveSectorKind: 'crypto-assets' }),
      policy,
    });
    expect(result).toMatchObject({ level: 'heightened', score: 9, policyVersion: 2 });
    expect(result.factors.map((f) => f.code)).toEqual(['sensitive-sector']);
  });

  it('adds agency criteria as policy factors', () => {
    const policy = {
      ...DEFAULT_ACCEPTANCE_POLICY,
      agencyCriteria: [
        {
          code: 'luxury-segment',
          label: { fr: 'Bien de luxe ?', nl: 'Luxegoed?', en: 'Luxury property?' },
          weight: 3,
          forcesHeightened: false,
          appliesTo: ['contact-buyer' as const],
        },
        {
          code: 'blacklisted-notary',
          label: { fr: 'Notaire signalé ?', nl: 'Gesignaleerde notaris?', en: 'Flagged notary?' },
          weight: 1,
          forcesHeightened: true,
          appliesTo: ['transaction' as const],
        },
      ],
    };
    const luxury = computeVigilance({ ...buyer({ 'agency.luxury-segment': true }), policy });
    expect(luxury).toMatchObject({ level: 'normal', score: 3 });
    expect(luxury.factors[0]).toMatchObject({
      code: 'agency.luxury-segment',
      source: 'policy',
      label: { en: 'Luxury property?' },
    });
    const notary = computeVigilance({ ...transaction({ 'agency.blacklisted-notary': true }), policy });
    expect(notary).toMatchObject({ level: 'heightened', score: 1 });
    // A criterion for another questionnaire is not asked, so its answer does not count.
    expect(computeVigilance({ ...transaction({ 'agency.luxury-segment': true }), policy }).factors).toEqual(
      [],
    );
  });

  it('records the versions it used', () => {
    expect(computeVigilance(transaction({}))).toMatchObject({
      questionnaireId: 'transaction',
      questionnaireVersion: 1,
      policyId: 'vigilo-default',
      policyVersion: 1,
      countryRiskVersion: 'test-2025-06',
    });
  });

  it('refuses a contact questionnaire without contact facts', () => {
    expect(() => computeVigilance({ ...buyer(), contactFacts: undefined })).toThrow(RangeError);
  });

  it.each([
    ['2027-07-09', 'be-2017'],
    ['2027-07-10', 'eu-amlr-2027'],
  ] as const)(
    'records the rules in force on the day it computes (%s → %s) and those of the policy',
    (on, version) => {
      const result = computeVigilance({ ...buyer(), on });
      expect(result.legalVersion).toBe(version);
      expect(result.policyLegalVersion).toBe('be-2017');
    },
  );
});
